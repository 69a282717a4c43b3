/* What the portal's pages hold that the editor has no extension for: abbreviations with their
   expansion, and postal addresses. Without these the editor would drop them, silently, as soon as
   a page is opened. No toolbar button: they are kept as written. */
import { Mark, Node } from "django-prose-editor/editor";

export const Abbr = Mark.create({
  name: "abbr",
  addAttributes() {
    return { title: { default: null } };
  },
  parseHTML() {
    return [{ tag: "abbr" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["abbr", HTMLAttributes, 0];
  }
});

export const Address = Node.create({
  name: "address",
  group: "block",
  content: "inline*",
  parseHTML() {
    return [{ tag: "address" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["address", HTMLAttributes, 0];
  }
});
