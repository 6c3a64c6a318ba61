/* Cloudfall's resizer for pages that embed it: <script src=".../resize.js" async></script> after the iframe.
   Each Cloudfall iframe posts {"datawrapper-height": {id: px}}; this sets the height of the iframe it came from. */
addEventListener("message", function (e) {
  var d = e.data && e.data["datawrapper-height"], f = document.getElementsByTagName("iframe"), k, i, h;
  if (!d || typeof d != "object") return;
  for (k in d) {
    h = Math.ceil(+d[k]);
    if (!(h > 0 && h < 100000)) continue;
    for (i = 0; i < f.length; i++) if (f[i].contentWindow === e.source) f[i].style.height = h + "px";
  }
});
