//! Lines of values in JSON text without a span-keeping parser: where `"key": "value"` pairs stand.

use std::collections::HashMap;

use crate::model::text::LineIndex;

/// Maps every string value of `key` (e.g. every `"address": "..."`) to the line and column where it stands.
pub fn string_values_of_key(text: &str, key: &str, index: &LineIndex) -> HashMap<String, (usize, usize)> {
    let needle = format!("\"{key}\"");
    let mut found = HashMap::new();
    let mut from = 0;
    while let Some(hit) = text[from..].find(&needle) {
        let start = from + hit;
        from = start + needle.len();
        let rest = text[from..].trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let rest = rest.trim_start();
        if !rest.starts_with('"') {
            continue;
        }
        let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<String>();
        if let Some(Ok(value)) = stream.next() {
            let pos = index.position(start);
            found.entry(value).or_insert((pos.line, pos.column));
        }
    }
    found
}

/// The line and column of the first `"key"` at or after byte `from`.
pub fn key_after(text: &str, key: &str, from: usize, index: &LineIndex) -> Option<(usize, usize)> {
    let needle = format!("\"{key}\"");
    let at = from + text.get(from..)?.find(&needle)?;
    let pos = index.position(at);
    Some((pos.line, pos.column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_of_a_key() {
        let text = "{\n  \"a\": [\n    {\"address\": \"x.y\"},\n    {\"address\" : \"x.z\"}\n  ]\n}";
        let index = LineIndex::new(text);
        let found = string_values_of_key(text, "address", &index);
        assert_eq!(found["x.y"], (3, 6));
        assert_eq!(found["x.z"].0, 4);
    }
}
