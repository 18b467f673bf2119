<#-- A layout with a broken navigation link, a missing stylesheet, a wrong anchor and an image without alt. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
<title>${content.title}</title>
<link rel="stylesheet" href="${content.rootpath}css/missing.css">
</head>
<body>
<a href="#main">Skip to main content</a>
<nav><a href="${content.rootpath}">Home</a> <a href="${content.rootpath}about/">About</a> <a href="${content.rootpath}#top">Top</a></nav>
<main id="main">
<img src="${content.rootpath}logo.png">
${content.body?no_esc}
</main>
</body>
</html>
