<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Not found</title>
<script>window.notFound = true;</script>
</head>
<body>
<p onclick="back()">This page does not exist.</p>
</body>
</html>
