console.log("plugin");
