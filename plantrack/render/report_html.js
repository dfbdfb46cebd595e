/* plantrack's HTML report: sort an appendix table by a column, filter it by status, area and
   section. Without JavaScript the page shows every row in the plan's order, and the controls
   stay hidden. Nothing is fetched. */
(function () {
  "use strict";
  var lang = document.documentElement.lang || "vi";

  function rows(table) {
    return Array.prototype.slice.call(table.tBodies[0].rows);
  }

  function cellKey(row, column) {
    var cell = row.cells[column];
    if (!cell) { return { number: null, text: "" }; }
    var value = cell.getAttribute("data-value");
    var number = value === null || value === "" ? null : Number(value);
    return { number: isNaN(number) ? null : number, text: cell.textContent.trim() };
  }

  function compare(a, b) {
    if (a.number !== null && b.number !== null) { return a.number - b.number; }
    if (a.number !== null) { return -1; }
    if (b.number !== null) { return 1; }
    if (a.text === "" || b.text === "") { return (a.text === "") - (b.text === ""); }
    return a.text.localeCompare(b.text, lang, { numeric: true });
  }

  function apply(table) {
    var controls = table.closest("section").querySelector(".controls");
    var wanted = {};
    controls.querySelectorAll("select[data-filter]").forEach(function (select) {
      wanted[select.getAttribute("data-filter")] = select.value;
    });
    var sorted = table.getAttribute("data-sorted") === "1";
    var shown = 0, total = 0, bySection = {};
    rows(table).forEach(function (row) {
      if (row.classList.contains("heading")) { return; }
      total += 1;
      var areas = (row.getAttribute("data-areas") || "").split(" ");
      var ok = (!wanted.status || row.getAttribute("data-status") === wanted.status) &&
        (!wanted.area || areas.indexOf(wanted.area) >= 0) &&
        (!wanted.section || row.getAttribute("data-section") === wanted.section);
      row.hidden = !ok;
      if (ok) {
        shown += 1;
        bySection[row.getAttribute("data-section")] = true;
      }
    });
    rows(table).forEach(function (row) {
      if (row.classList.contains("heading")) {
        row.hidden = sorted || !bySection[row.getAttribute("data-section")];
      }
    });
    var count = controls.querySelector(".shown");
    count.textContent = count.getAttribute("data-template")
      .replace("{shown}", shown).replace("{total}", total);
  }

  function sortBy(table, th) {
    var column = th.cellIndex;
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("thead th").forEach(function (other) {
      other.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var original = th.hasAttribute("data-original");
    table.setAttribute("data-sorted", original && ascending ? "0" : "1");
    var body = table.tBodies[0];
    var all = rows(table);
    var data = all.filter(function (row) { return !row.classList.contains("heading"); });
    if (original && ascending) {
      all.sort(function (a, b) {
        return Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
      });
      all.forEach(function (row) { body.appendChild(row); });
    } else {
      data.sort(function (a, b) {
        var order = compare(cellKey(a, column), cellKey(b, column));
        return ascending ? order : -order;
      });
      data.forEach(function (row) { body.appendChild(row); });
    }
    apply(table);
  }

  document.querySelectorAll("table[data-appendix]").forEach(function (table) {
    var controls = table.closest("section").querySelector(".controls");
    controls.hidden = false;
    controls.querySelectorAll("select[data-filter]").forEach(function (select) {
      select.addEventListener("change", function () { apply(table); });
    });
    table.querySelectorAll("thead th").forEach(function (th) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, th); });
    });
    apply(table);
  });
})();
