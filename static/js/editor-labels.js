/* The page editor's buttons in the admin's language, and its editable area named by its field.

   django-prose-editor names its toolbar buttons in English (title and aria-label) and asks
   window.gettext (the admin's JavaScript catalog) only in its dialogs. The names below are in our
   djangojs catalogs; the toolbar is translated when it appears and at every change (the
   block-type button copies the option the cursor is in). Loaded as a classic script, before the editor's modules run. */
(function () {
  "use strict";

  var gettext = window.gettext || function (text) { return text; };
  var gettext_noop = window.gettext_noop || function (text) { return text; };

  // Listed for makemessages; the editor's own English names, translated at run time.
  var NAMES = [
    gettext_noop("heading 2"), gettext_noop("heading 3"), gettext_noop("heading 4"),
    gettext_noop("Heading 2"), gettext_noop("Heading 3"), gettext_noop("Heading 4"), gettext_noop("paragraph"), gettext_noop("Paragraph"),
    gettext_noop("unordered list"), gettext_noop("ordered list"), gettext_noop("List properties"),
    gettext_noop("bold"), gettext_noop("italic"), gettext_noop("insert link"), gettext_noop("remove link"),
    gettext_noop("Insert table"), gettext_noop("Add column"), gettext_noop("Delete column"), gettext_noop("Add row"), gettext_noop("Delete row"),
    gettext_noop("Merge cells"), gettext_noop("Split cell"), gettext_noop("Toggle header cell"), gettext_noop("Delete table"),
    gettext_noop("undo"), gettext_noop("redo"),
    // Dialogs: the editor asks gettext for these itself.
    gettext_noop("URL"), gettext_noop("Title"), gettext_noop("Edit Link"), gettext_noop("Insert"), gettext_noop("Update"), gettext_noop("Cancel"),
    gettext_noop("List type"), gettext_noop("Start at"), gettext_noop("Decimal numbers"), gettext_noop("Lowercase letters"),
    gettext_noop("Uppercase letters"), gettext_noop("Lowercase Roman numerals"), gettext_noop("Uppercase Roman numerals"),
    gettext_noop("Bullets"), gettext_noop("Rows"), gettext_noop("Columns"), gettext_noop("Include header row"), gettext_noop("Table Properties"),
    gettext_noop("Insert Table")
  ];

  function translated(text) {
    return NAMES.indexOf(text) === -1 ? text : gettext(text);
  }

  function translate(editor) {
    editor.querySelectorAll(".prose-menubar [title], .prose-menubar [aria-label]").forEach(function (element) {
      ["title", "aria-label"].forEach(function (name) {
        var value = element.getAttribute(name);
        if (value && translated(value) !== value) {
          element.setAttribute(name, translated(value));
        }
      });
    });
    // The editor greys out what the cursor's place does not allow with a class only: say it too.
    editor.querySelectorAll(".prose-menubar__button").forEach(function (button) {
      var disabled = String(button.classList.contains("disabled"));
      if (button.getAttribute("aria-disabled") !== disabled) {
        button.setAttribute("aria-disabled", disabled);
      }
    });
    editor.querySelectorAll(".prose-menubar__option > *").forEach(function (label) {
      if (translated(label.textContent) !== label.textContent) {
        label.textContent = translated(label.textContent);
      }
    });
  }

  // The editable area takes the field's label and help text (the textarea that has them is hidden).
  function name(editor, textarea) {
    var textbox = editor.querySelector('[contenteditable][role="textbox"]');
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (!textbox || !label || textbox.hasAttribute("aria-labelledby")) {
      return;
    }
    label.id = label.id || textarea.id + "-label";
    textbox.setAttribute("aria-labelledby", label.id);
    if (textarea.hasAttribute("aria-describedby")) {
      textbox.setAttribute("aria-describedby", textarea.getAttribute("aria-describedby"));
    }
  }

  // The toolbar appears just after the editor says it is ready, and changes as the cursor moves.
  document.addEventListener("prose-editor:ready", function (event) {
    var editor = event.target.closest(".prose-editor") || event.target.parentElement;
    var update = function () {
      name(editor, event.target);
      translate(editor);
    };
    update();
    new MutationObserver(update).observe(editor, {
      subtree: true, childList: true, attributes: true, attributeFilter: ["title", "aria-label", "class"]
    });
  });
})();
