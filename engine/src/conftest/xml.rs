//! Conftest's `xml` parser shape (goxml2json's): an element is its text when it has neither
//! attributes nor children, else an object of its attributes (`-name`), its children by name (a
//! list when a name repeats) and its text (`#content`); every value is a string.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use serde_json::{Map, Value};

use crate::normalize::FileError;

struct Open {
    name: String,
    fields: Map<String, Value>,
    text: String,
}

fn error(message: String, text: &str, offset: u64) -> FileError {
    let position = crate::model::text::LineIndex::new(text).position(offset as usize);
    FileError { message, line: position.line, column: position.column }
}

fn open(start: &BytesStart<'_>, text: &str, offset: u64) -> Result<Open, FileError> {
    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
    let mut fields = Map::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| error(format!("invalid attribute: {e}"), text, offset))?;
        let key = format!("-{}", String::from_utf8_lossy(attribute.key.as_ref()));
        let value = attribute.unescape_value().map_err(|e| error(e.to_string(), text, offset))?;
        fields.insert(key, Value::String(value.into_owned()));
    }
    Ok(Open { name, fields, text: String::new() })
}

/// Adds a closed element to its parent's fields (a repeated name becomes a list).
fn close(element: Open, parent: &mut Map<String, Value>) {
    let Open { name, mut fields, text } = element;
    let text = text.trim().to_owned();
    let value = if fields.is_empty() {
        Value::String(text)
    } else {
        if !text.is_empty() {
            fields.insert("#content".into(), Value::String(text));
        }
        Value::Object(fields)
    };
    match parent.get_mut(&name) {
        Some(Value::Array(list)) => list.push(value),
        Some(existing) => *existing = Value::Array(vec![existing.take(), value]),
        None => {
            parent.insert(name, value);
        }
    }
}

pub fn parse(text: &str) -> Result<Value, FileError> {
    let mut reader = Reader::from_str(text);
    let mut root = Map::new();
    let mut stack: Vec<Open> = Vec::new();
    loop {
        let offset = reader.buffer_position();
        let event = reader.read_event().map_err(|e| error(e.to_string(), text, offset))?;
        match event {
            Event::Start(start) => stack.push(open(&start, text, offset)?),
            Event::Empty(start) => {
                let element = open(&start, text, offset)?;
                close(element, stack.last_mut().map_or(&mut root, |p| &mut p.fields));
            }
            Event::End(_) => {
                let element = stack.pop().ok_or_else(|| error("unexpected closing tag".into(), text, offset))?;
                close(element, stack.last_mut().map_or(&mut root, |p| &mut p.fields));
            }
            Event::Text(t) => {
                let decoded = t.decode().map_err(|e| error(e.to_string(), text, offset))?;
                let unescaped =
                    quick_xml::escape::unescape(&decoded).map_err(|e| error(e.to_string(), text, offset))?;
                if let Some(current) = stack.last_mut() {
                    current.text.push_str(&unescaped);
                }
            }
            Event::CData(data) => {
                if let Some(current) = stack.last_mut() {
                    current.text.push_str(&String::from_utf8_lossy(&data));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(unclosed) = stack.last() {
        return Err(error(format!("element `{}` is not closed", unclosed.name), text, text.len() as u64));
    }
    Ok(Value::Object(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_attributes_and_repeats() {
        let text = "<?xml version=\"1.0\"?>\n<project version=\"4\">\n  <name>orders</name>\n  <dep scope=\"test\">junit</dep>\n  <dep>guava</dep>\n  <empty/>\n</project>\n";
        let value = parse(text).expect("parses");
        let project = &value["project"];
        assert_eq!(project["-version"], "4");
        assert_eq!(project["name"], "orders");
        assert_eq!(project["dep"][0]["-scope"], "test");
        assert_eq!(project["dep"][0]["#content"], "junit");
        assert_eq!(project["dep"][1], "guava");
        assert_eq!(project["empty"], "");
        assert_eq!(parse("<a>\n<b>\n</a>").expect_err("mismatched").line, 3);
    }
}
