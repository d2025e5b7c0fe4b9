// The models table: filter by text and level, sort by any column. No dependencies.
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var ranked = cell.querySelector("[data-rank]");
    if (ranked) return Number(ranked.getAttribute("data-rank"));
    var img = cell.querySelector("img[alt]");
    var text = cell.textContent.trim();
    if (!text && img) text = img.getAttribute("alt");
    return text.toLowerCase();
  }

  function setUp(table) {
    if (table.dataset.oaReady) return;
    table.dataset.oaReady = "1";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var text = document.getElementById("oa-model-filter");
    var level = document.getElementById("oa-level-filter");
    var count = document.getElementById("oa-model-count");

    function filter() {
      var words = (text && text.value || "").toLowerCase().split(/\s+/).filter(Boolean);
      var wanted = level ? level.value : "";
      var shown = 0;
      rows.forEach(function (row) {
        var haystack = row.textContent.toLowerCase();
        var tag = row.querySelector("[data-level]");
        var ok = words.every(function (w) { return haystack.indexOf(w) !== -1; });
        if (wanted && (!tag || tag.getAttribute("data-level") !== wanted)) ok = false;
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      if (count) count.textContent = shown + " of " + rows.length + " models";
    }

    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, index) {
      th.setAttribute("aria-sort", "none");
      th.setAttribute("tabindex", "0");
      th.setAttribute("role", "columnheader");
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var sorted = rows.slice().sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          var result = typeof x === "number" && typeof y === "number"
            ? x - y : String(x).localeCompare(String(y));
          return ascending ? result : -result;
        });
        sorted.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });

    if (text) text.addEventListener("input", filter);
    if (level) level.addEventListener("change", filter);
    filter();
  }

  function init() {
    document.querySelectorAll(".oa-models table").forEach(setUp);
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
