// Mends the markup of widgets Django's admin builds in the browser, which axe finds unlabelled:
// the autocomplete boxes (Select2) get their field's label, a table of inline forms labels each
// input with its column's heading, the filter boxes' search icon gets an image role.
"use strict";
(function () {
  function labelOf(select) {
    const label = select.id && document.querySelector(`label[for="${select.id}"]`);
    if (label) label.id = label.id || `${select.id}-label`;
    return label;
  }

  function labelAutocomplete(select, container) {
    const label = labelOf(select);
    if (!label || !container) return;
    container
      .querySelectorAll(".select2-selection, .select2-selection__rendered, .select2-search__field")
      .forEach(function (part) {
        part.setAttribute("aria-labelledby", label.id);
      });
  }

  function labelTabularInputs() {
    document.querySelectorAll(".tabular table").forEach(function (table, tableIndex) {
      table.querySelectorAll("td[class*=field-]").forEach(function (cell) {
        const name = Array.from(cell.classList).find((c) => c.startsWith("field-"))?.slice("field-".length);
        const heading = name && table.querySelector(`thead th.column-${name}`);
        if (!heading) return;
        heading.id = heading.id || `inline-${tableIndex}-column-${name}`;
        cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (input) {
          if (!input.labels?.length && !input.hasAttribute("aria-labelledby")) {
            input.setAttribute("aria-labelledby", heading.id);
          }
        });
      });
      labelDeleteBoxes(table, tableIndex);
    });
  }

  // The "Delete?" box of each row: named by its column and by the row's object ("Delete? Source X").
  function labelDeleteBoxes(table, tableIndex) {
    const headings = table.querySelectorAll("thead th");
    const heading = headings[headings.length - 1];
    table.querySelectorAll("td.delete input[type=checkbox]").forEach(function (box, rowIndex) {
      if (!heading || box.labels?.length || box.hasAttribute("aria-labelledby")) return;
      heading.id = heading.id || `inline-${tableIndex}-column-delete`;
      const original = box.closest("tr")?.querySelector("td.original p");
      if (original) original.id = original.id || `inline-${tableIndex}-row-${rowIndex}`;
      box.setAttribute("aria-labelledby", original ? `${heading.id} ${original.id}` : heading.id);
    });
  }

  function mend() {
    labelTabularInputs();
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      labelAutocomplete(select, select.nextElementSibling);
    });
    document.querySelectorAll(".search-label-icon[aria-label]").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  // Django builds these widgets when the page is ready; "load" comes after.
  window.addEventListener("load", mend);
  document.addEventListener("formset:added", function () {
    window.setTimeout(mend);
  });
  if (window.django && window.django.jQuery) {
    const $ = window.django.jQuery;
    $(document).on("change", "select.admin-autocomplete", function () {
      window.setTimeout(mend);
    });
    // An open list's search box lives at the end of the page, outside the widget.
    $(document).on("select2:open", "select.admin-autocomplete", function (event) {
      document.querySelectorAll(".select2-container--open").forEach(function (container) {
        labelAutocomplete(event.target, container);
      });
    });
  }
})();
