"""The visible text of a Word body, in document order.

python-docx's `document.paragraphs` lists only the body's top-level
paragraphs: text in tables, text boxes and tracked insertions (`w:ins`)
is dropped, and an article laid out in a table or continued in a box ends
mid-sentence. So the body's XML is walked here instead (python-docx has
parsed it, with its safe parser): paragraphs as they come, tables row by
row, a text box's paragraphs after the paragraph it is anchored in.
Deleted text (`w:del`, `w:moveFrom`) is what the author took out, and field
codes (`w:instrText`) are instructions, not words: neither is read.
"""

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


PARAGRAPH, TABLE, ROW, CELL = w("p"), w("tbl"), w("tr"), w("tc")
TEXT_BOX = w("txbxContent")
ALTERNATE = f"{{{MC}}}AlternateContent"
CHOICE, FALLBACK = f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
# What a reader sees in place of these run children.
CHARACTERS = {
    w("tab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
}
# Removed text, and the instruction half of a field (its result is in runs).
NOT_SHOWN = {w("del"), w("moveFrom"), w("instrText"), w("delInstrText")}
# Properties, not content: nothing visible inside them.
PROPERTIES = {w("pPr"), w("rPr"), w("tblPr"), w("trPr"), w("tcPr"), w("sectPr")}
# Cells in one row are joined with this when each holds one short line:
# a row of figures reads as one line, not one "sentence" per cell.
CELL_SEPARATOR = " | "


def body_paragraphs(body: etree._Element) -> list[str]:
    """Each paragraph's text, tables and text boxes included, in order."""
    paragraphs: list[str] = []
    _blocks(body, paragraphs)
    return paragraphs


def _blocks(container: etree._Element, out: list[str]) -> None:
    """Block-level content: paragraphs, tables, and the wrappers around them
    (content controls, tracked insertions of whole paragraphs...)."""
    for child in _visible_children(container):
        if child.tag == PARAGRAPH:
            _paragraph(child, out)
        elif child.tag == TABLE:
            _table(child, out)
        else:
            _blocks(child, out)


def _paragraph(paragraph: etree._Element, out: list[str]) -> None:
    parts: list[str] = []
    boxes: list[str] = []
    _inline(paragraph, parts, boxes)
    out.append("".join(parts))
    out.extend(boxes)


def _inline(element: etree._Element, parts: list[str], boxes: list[str]) -> None:
    for child in _visible_children(element):
        if child.tag == w("t"):
            parts.append(child.text or "")
        elif child.tag in CHARACTERS:
            parts.append(CHARACTERS[child.tag])
        elif child.tag == TEXT_BOX:
            _blocks(child, boxes)
        else:
            # Runs, hyperlinks, insertions, smart tags, fields, drawings...
            _inline(child, parts, boxes)


def _table(table: etree._Element, out: list[str]) -> None:
    for row in table.iter(ROW):
        if _enclosing_table(row) is not table:
            continue  # a nested table's row: read inside its cell
        if _removed(row, table) or row.find(f"{w('trPr')}/{w('del')}") is not None:
            continue  # a row deleted with changes tracked
        cells = [_cell(cell) for cell in _row_cells(row)]
        cells = [blocks for blocks in cells if blocks]
        if all(len(blocks) == 1 and "\n" not in blocks[0] for blocks in cells):
            line = CELL_SEPARATOR.join(blocks[0] for blocks in cells)
            if line:
                out.append(line)
        else:
            # Prose laid out in a table: every paragraph stays one.
            out.extend(block for blocks in cells for block in blocks)


def _row_cells(row: etree._Element) -> list[etree._Element]:
    # Cells may sit in content controls or insertions inside the row.
    cells = [
        cell
        for cell in row.iter(CELL)
        if _enclosing_row(cell) is row and not _merged_away(cell)
    ]
    return [cell for cell in cells if not _removed(cell, row)]


def _cell(cell: etree._Element) -> list[str]:
    blocks: list[str] = []
    _blocks(cell, blocks)
    return [block.strip() for block in blocks if block.strip()]


def _merged_away(cell: etree._Element) -> bool:
    """A cell continuing a vertical merge: its text is in the cell above
    (python-docx's row.cells would repeat it)."""
    merge = cell.find(f"{w('tcPr')}/{w('vMerge')}")
    return merge is not None and merge.get(w("val"), "continue") == "continue"


def _visible_children(element: etree._Element):
    for child in element:
        if not isinstance(child.tag, str) or child.tag in NOT_SHOWN:
            continue  # comments, processing instructions, deleted text
        if child.tag in PROPERTIES:
            continue
        if child.tag == ALTERNATE:
            # The same content twice (a modern drawing and an old VML
            # fallback): read one, or a text box would appear twice.
            chosen = child.find(CHOICE)
            if chosen is None:
                chosen = child.find(FALLBACK)
            if chosen is not None:
                yield from _visible_children(chosen)
            continue
        yield child


def _enclosing_table(element: etree._Element) -> etree._Element | None:
    return next(element.iterancestors(TABLE), None)


def _enclosing_row(element: etree._Element) -> etree._Element | None:
    return next(element.iterancestors(ROW), None)


def _removed(element: etree._Element, stop: etree._Element) -> bool:
    """Inside deleted content, or the unused half of an AlternateContent,
    somewhere between `element` and `stop`."""
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in NOT_SHOWN:
            return True
        if ancestor.tag == FALLBACK and ancestor.getparent().find(CHOICE) is not None:
            return True
    return False
