// The article page: pointing at an attribution lights up its spans in the text, and back.
(function () {
  "use strict";
  function spans(id) {
    return document.querySelectorAll("#article-text mark[data-statements]");
  }
  function light(id, on) {
    spans().forEach(function (mark) {
      var ids = mark.getAttribute("data-statements").split(" ");
      if (ids.indexOf(id) >= 0) {
        mark.classList.toggle("lit", on);
      }
    });
    var item = document.getElementById("statement-" + id);
    if (item) {
      item.classList.toggle("lit", on);
    }
  }
  document.querySelectorAll("[data-statement]").forEach(function (item) {
    var id = item.getAttribute("data-statement");
    item.addEventListener("mouseenter", function () { light(id, true); });
    item.addEventListener("mouseleave", function () { light(id, false); });
  });
  spans().forEach(function (mark) {
    mark.addEventListener("click", function () {
      var id = mark.getAttribute("data-statements").split(" ")[0];
      var item = document.getElementById("statement-" + id);
      if (item) {
        item.scrollIntoView({ block: "center", behavior: "smooth" });
        light(id, true);
        setTimeout(function () { light(id, false); }, 1500);
      }
    });
  });
})();
