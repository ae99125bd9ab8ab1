"""Custom XML data parts, stored the way Word stores them: customXml/itemN.xml (the data),
customXml/itemPropsN.xml (its id and schema namespace), customXml/_rels/itemN.xml.rels linking
the two, and a customXml relationship from the document part. Word keeps such parts when it
edits the file, so the app can keep its own data (the reviewer's ignore list) inside the .docx.

A part is found by the namespace of its root element: writing again replaces that part's bytes.
"""

from __future__ import annotations

import uuid

from app.docx.package import OFFICE_REL, custom_items, root_namespace
from app.docx.parts import PartSet

_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def put_custom_xml(parts: PartSet, namespace: str, xml: bytes) -> str:
    """Write ``xml`` as the custom XML part for ``namespace``; returns the part name."""
    for name in custom_items(parts.data):
        if root_namespace(parts.data[name]) == namespace:
            parts.put(name, xml)
            return name
    n = 1
    while parts.get(f"customXml/item{n}.xml") is not None or \
            parts.get(f"customXml/itemProps{n}.xml") is not None:
        n += 1
    item, props = f"customXml/item{n}.xml", f"customXml/itemProps{n}.xml"
    guid = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, namespace)).upper() + "}"
    parts.put(item, xml)
    parts.put(props, (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{guid}" xmlns:ds="{_DS}"><ds:schemaRefs>'
        f'<ds:schemaRef ds:uri="{_escape(namespace)}"/></ds:schemaRefs></ds:datastoreItem>'
    ).encode())
    parts.add_relationship(item, f"{OFFICE_REL}/customXmlProps", props)
    parts.add_override(props, _PROPS_TYPE)
    if not parts.has_default("xml"):
        parts.add_override(item, "application/xml")
    parts.add_relationship(parts.source.main, f"{OFFICE_REL}/customXml", item)
    return item


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
