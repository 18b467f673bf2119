<p>A part</p>
<p><#if content.title??>broken</#iff></p>
