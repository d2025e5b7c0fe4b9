// The models table (filter by text, level, organization and licence; sort by any column;
// ?q= from the home page's search box) and the licence finder. No dependencies.
(function () {
  "use strict";

  // "3 of 42 models", in the page's language: the page gives its sentence in
  // data-template (the French pages do), English otherwise
  function counted(element, shown, total, english) {
    var template = element.getAttribute("data-template") || english;
    return template.replace("{shown}", shown).replace("{total}", total);
  }

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

  function setUpModels(table) {
    if (table.dataset.oaReady) return;
    table.dataset.oaReady = "1";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var text = document.getElementById("oa-model-filter");
    var level = document.getElementById("oa-level-filter");
    var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-oa-filter]"));
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
        selects.forEach(function (select) {
          if (select.value && row.getAttribute("data-" + select.dataset.oaFilter) !== select.value) ok = false;
        });
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      if (count) count.textContent = counted(count, shown, rows.length, "{shown} of {total} models");
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

    var asked = new URLSearchParams(window.location.search).get("q");
    if (text && asked) text.value = asked;
    if (text) text.addEventListener("input", filter);
    if (level) level.addEventListener("change", filter);
    selects.forEach(function (select) { select.addEventListener("change", filter); });
    filter();
  }

  function setUpLicences(root) {
    if (root.dataset.oaReady) return;
    root.dataset.oaReady = "1";
    var text = document.getElementById("oa-licence-filter");
    var kind = document.getElementById("oa-licence-kind");
    var verdict = document.getElementById("oa-licence-verdict");
    var count = document.getElementById("oa-licence-count");
    var groups = Array.prototype.slice.call(root.querySelectorAll(".oa-licence-group"));

    function filter() {
      var words = (text && text.value || "").toLowerCase().split(/\s+/).filter(Boolean);
      var k = kind ? kind.value : "", v = verdict ? verdict.value : "";
      var shown = 0, total = 0;
      groups.forEach(function (group) {
        var inGroup = 0;
        group.querySelectorAll("li[data-open]").forEach(function (item) {
          total += 1;
          var name = item.getAttribute("data-name");
          var open = item.getAttribute("data-open").split(" ").filter(Boolean);
          var ok = words.every(function (w) { return name.indexOf(w) !== -1; });
          var isOpen = k ? open.indexOf(k) !== -1 : open.length > 0;
          if (v === "open" && !isOpen) ok = false;
          if (v === "closed" && isOpen) ok = false;
          item.hidden = !ok;
          if (ok) inGroup += 1;
        });
        group.hidden = inGroup === 0;
        if (inGroup && words.length && group.tagName === "DETAILS") group.open = true;
        shown += inGroup;
      });
      if (count) count.textContent = counted(count, shown, total, "{shown} of {total} licences");
    }

    [text, kind, verdict].forEach(function (control) {
      if (control) control.addEventListener(control === text ? "input" : "change", filter);
    });
    filter();
  }

  function init() {
    document.querySelectorAll(".oa-models table").forEach(setUpModels);
    document.querySelectorAll(".oa-licences").forEach(setUpLicences);
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
