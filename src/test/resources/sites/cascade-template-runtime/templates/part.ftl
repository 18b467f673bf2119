<p>A part</p>
<p>${content.subtitle}</p>
