//! YAML (and JSON-as-YAML) documents with a line and column for every node, via serde-saphyr spans.
//!
//! Each document becomes a `serde_json::Value` (what rules and schemas see) plus a map from JSON
//! pointer to position (what findings point at). CloudFormation short tags (`!Ref x`, `!GetAtt a.b`,
//! `!Sub`, `!If`, ...) become their long form (`{"Ref": "x"}`, `{"Fn::GetAtt": ["a", "b"]}`).

use std::collections::HashMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
pub use serde_saphyr::options::DuplicateKeyPolicy;
use serde_saphyr::{Spanned, Tagged};

use crate::model::text::Position;

/// One parsed YAML document.
#[derive(Debug, Clone)]
pub struct YamlDoc {
    pub value: Value,
    /// JSON pointer (`/spec/containers/0/image`) to the position of the node's value.
    pub positions: HashMap<String, Position>,
    /// JSON pointer to the position of the mapping key that holds the node (for keys, the line a human reads).
    pub key_positions: HashMap<String, Position>,
    /// JSON pointer to the last line of a scalar written over several lines (a `|` block, a folded
    /// or quoted string that wraps), so nothing is inserted inside it.
    pub end_lines: HashMap<String, usize>,
    pub start: Position,
    pub end_line: usize,
}

impl YamlDoc {
    /// The position of a node by JSON pointer: its key when it has one, else its value.
    pub fn position(&self, pointer: &str) -> Option<Position> {
        self.key_positions.get(pointer).or_else(|| self.positions.get(pointer)).copied()
    }
}

/// A YAML parse error with its location.
#[derive(Debug, Clone)]
pub struct YamlError {
    pub message: String,
    pub position: Position,
}

/// YAML 1.2 scalars, limits for hostile YAML (documents, nodes, alias expansion, nesting depth), and
/// what to do with a key given twice: manifests keep the last (as kubectl does), config files reject it.
pub fn options(duplicate_keys: DuplicateKeyPolicy) -> serde_saphyr::Options {
    serde_saphyr::options! {
        duplicate_keys: duplicate_keys,
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        underscored_numbers_as_strings: true,
        non_finite_float_policy: serde_saphyr::options::NonFiniteFloatPolicy::AsString,
        budget: budget(),
    }
}

/// The parser's budget from the limits in force (`yaml_*` in the config's `limits:`).
fn budget() -> Option<serde_saphyr::Budget> {
    let limits = crate::model::limits::current();
    serde_saphyr::budget! {
        max_documents: limits.yaml_documents,
        max_nodes: limits.yaml_nodes,
        max_events: limits.yaml_events,
        max_aliases: limits.yaml_aliases,
        max_recorded_anchor_events: limits.yaml_anchored,
        max_depth: limits.yaml_depth.min(crate::model::limits::MAX_YAML_DEPTH),
    }
}

/// The values of every document of a YAML stream, without positions (several times faster than
/// `parse_documents`). Documents this fast path cannot represent (tags, non-string keys) and
/// errors go through `parse_documents`, so results and messages are the same.
pub fn parse_values(text: &str) -> Result<Vec<Value>, YamlError> {
    match serde_saphyr::from_multiple_with_options::<Value>(text, options(DuplicateKeyPolicy::LastWins)) {
        Ok(mut values) if !text.contains('!') => {
            unterminated_last_block(text, values.last_mut());
            Ok(values)
        }
        _ => Ok(parse_documents(text)?.into_iter().map(|d| d.value).collect()),
    }
}

/// A block scalar (`|`, `>`) that ends the text without a final line break has no trailing newline
/// (YAML's chomping keeps only breaks that are there); the parser adds one, so it is taken off.
fn unterminated_last_block(text: &str, last: Option<&mut Value>) {
    let Some(final_line) = text.rsplit('\n').next().filter(|l| !l.trim().is_empty() && l.starts_with([' ', '\t']))
    else {
        return;
    };
    let mut at = last;
    while let Some(value) = at {
        match value {
            Value::Object(map) => at = map.values_mut().next_back(),
            Value::Array(items) => at = items.last_mut(),
            Value::String(s) => {
                if let Some(stripped) = s.strip_suffix('\n').filter(|t| t.ends_with(final_line.trim())) {
                    *s = stripped.to_owned();
                }
                return;
            }
            _ => return,
        }
    }
}

/// The documents of a YAML stream as Rego values, straight from the parser (the Conftest mode's inputs);
/// anything the fast path declines goes through `parse_values`.
pub fn parse_rego_values(text: &str) -> Result<Vec<regorus::Value>, YamlError> {
    match serde_saphyr::from_multiple_with_options::<regorus::Value>(text, options(DuplicateKeyPolicy::LastWins)) {
        Ok(values) if !text.contains('!') => Ok(values),
        _ => Ok(parse_values(text)?.into_iter().map(regorus::Value::from).collect()),
    }
}

/// Parses every document of a YAML stream; a key given twice keeps its last value.
pub fn parse_documents(text: &str) -> Result<Vec<YamlDoc>, YamlError> {
    parse_documents_with(text, DuplicateKeyPolicy::LastWins)
}

/// Parses every document of a YAML stream with a duplicate-key policy.
pub fn parse_documents_with(text: &str, duplicate_keys: DuplicateKeyPolicy) -> Result<Vec<YamlDoc>, YamlError> {
    let nodes: Vec<Spanned<Tagged<Node>>> =
        serde_saphyr::from_multiple_with_options(text, options(duplicate_keys)).map_err(to_yaml_error)?;
    let starts: Vec<usize> =
        std::iter::once(0).chain(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1)).collect();
    let mut docs: Vec<YamlDoc> = nodes.into_iter().map(|node| into_doc(node, text, &starts)).collect();
    unterminated_last_block(text, docs.last_mut().map(|d| &mut d.value));
    Ok(docs)
}

fn to_yaml_error(err: serde_saphyr::Error) -> YamlError {
    let position = err
        .location()
        .map(|l| Position { line: l.line() as usize, column: l.column() as usize })
        .unwrap_or(Position { line: 1, column: 1 });
    let rendered = err.to_string();
    // The rendered error carries a snippet after its first line, and its first line starts with
    // "error: line 4 column 3: "; keep only what went wrong (the position is reported separately).
    let first = rendered.lines().next().unwrap_or("invalid YAML").trim();
    let what = first.strip_prefix("error: ").unwrap_or(first);
    let what = match what.strip_prefix("line ").and_then(|rest| rest.split_once(": ")) {
        Some((_, rest)) => rest,
        None => what,
    };
    YamlError { message: budget_message(&err).unwrap_or_else(|| what.to_owned()), position }
}

/// A budget breach said as the limit a user can set in the config.
fn budget_message(err: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::budget::BudgetBreach;
    let mut err = err;
    while let serde_saphyr::Error::WithSnippet { error, .. } | serde_saphyr::Error::AliasError { error, .. } = err {
        err = error;
    }
    let serde_saphyr::Error::Budget { breach, .. } = err else { return None };
    let limits = crate::model::limits::current();
    let (said, key, limit) = match breach {
        BudgetBreach::Aliases { .. } => ("aliases (`*ref`)", "yaml_aliases", limits.yaml_aliases),
        BudgetBreach::Depth { .. } => {
            ("levels of nesting", "yaml_depth", limits.yaml_depth.min(crate::model::limits::MAX_YAML_DEPTH))
        }
        BudgetBreach::Documents { .. } => ("documents", "yaml_documents", limits.yaml_documents),
        BudgetBreach::Nodes { .. } => ("nodes with aliases expanded", "yaml_nodes", limits.yaml_nodes),
        BudgetBreach::Events { .. } => ("parser events with aliases replayed", "yaml_events", limits.yaml_events),
        BudgetBreach::RecordedAnchorEvents { .. } => {
            ("events recorded under anchors", "yaml_anchored", limits.yaml_anchored)
        }
        other => return Some(format!("YAML limit reached: {other:?}")),
    };
    Some(format!("more than {limit} {said} (limits.{key})"))
}

/// Where a document's nodes are: value and key positions, the last lines of multi-line scalars.
struct Places<'a> {
    positions: HashMap<String, Position>,
    key_positions: HashMap<String, Position>,
    end_lines: HashMap<String, usize>,
    text: &'a str,
    /// Byte offsets of the text's line starts.
    starts: &'a [usize],
    end_line: usize,
}

fn into_doc(root: Spanned<Tagged<Node>>, text: &str, starts: &[usize]) -> YamlDoc {
    let start = position_of(&root);
    let mut places = Places {
        positions: HashMap::new(),
        key_positions: HashMap::new(),
        end_lines: HashMap::new(),
        text,
        starts,
        end_line: start.line,
    };
    let mut pointer = String::new();
    let value = convert(root, &mut pointer, &mut places);
    YamlDoc {
        value,
        positions: places.positions,
        key_positions: places.key_positions,
        end_lines: places.end_lines,
        start,
        end_line: places.end_line,
    }
}

/// The line of a scalar's last written character, from its byte span (which can run on over the
/// line breaks and indentation after a block scalar).
fn last_line<T>(node: &Spanned<T>, places: &Places<'_>) -> Option<usize> {
    let span = node.referenced.span();
    let (offset, len) = (span.byte_offset()? as usize, span.byte_len()? as usize);
    let written = places.text.get(offset..offset + len)?.trim_end();
    let last = (offset + written.len()).checked_sub(1)?;
    Some(places.starts.partition_point(|s| *s <= last))
}

fn position_of<T>(node: &Spanned<T>) -> Position {
    Position { line: node.referenced.line() as usize, column: node.referenced.column() as usize }
}

fn convert(node: Spanned<Tagged<Node>>, pointer: &mut String, places: &mut Places<'_>) -> Value {
    let pos = position_of(&node);
    places.end_line = places.end_line.max(pos.line);
    places.positions.insert(pointer.clone(), pos);
    if matches!(node.value.0, Node::Str(_))
        && let Some(last) = last_line(&node, places).filter(|l| *l > pos.line)
    {
        places.end_lines.insert(pointer.clone(), last);
        places.end_line = places.end_line.max(last);
    }
    let Tagged(inner, tag) = node.value;
    let value = match inner {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(b),
        Node::Number(n) => Value::Number(n),
        Node::Str(s) => Value::String(s),
        Node::Seq(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| with_segment(pointer, &i.to_string(), |p| convert(item, p, places)))
                .collect(),
        ),
        Node::Map(entries) => {
            let mut map = Map::with_capacity(entries.len());
            for (key, key_pos, item) in entries {
                let segment = key.replace('~', "~0").replace('/', "~1");
                let child = with_segment(pointer, &segment, |p| {
                    places.key_positions.insert(p.clone(), key_pos);
                    convert(item, p, places)
                });
                map.insert(key, child);
            }
            Value::Object(map)
        }
    };
    match tag.as_deref() {
        Some(tag) => apply_tag(tag, value),
        None => value,
    }
}

fn with_segment<R>(pointer: &mut String, segment: &str, f: impl FnOnce(&mut String) -> R) -> R {
    let len = pointer.len();
    pointer.push('/');
    pointer.push_str(segment);
    let result = f(pointer);
    pointer.truncate(len);
    result
}

/// CloudFormation short-form intrinsic functions to their long JSON form; other tags keep the value.
fn apply_tag(tag: &str, value: Value) -> Value {
    let Some(name) = tag.strip_prefix('!').filter(|n| !n.starts_with('!') && !n.is_empty()) else {
        return value;
    };
    if !name.chars().all(|c| c.is_ascii_alphanumeric()) {
        return value;
    }
    match (name, value) {
        ("Ref" | "Condition", value) => single(name, value),
        ("GetAtt", Value::String(s)) => {
            let parts = match s.split_once('.') {
                Some((resource, attr)) => vec![Value::from(resource), Value::from(attr)],
                None => vec![Value::from(s)],
            };
            single("Fn::GetAtt", Value::Array(parts))
        }
        (name, value) => single(&format!("Fn::{name}"), value),
    }
}

fn single(key: &str, value: Value) -> Value {
    let mut map = Map::with_capacity(1);
    map.insert(key.to_owned(), value);
    Value::Object(map)
}

/// An untyped YAML node whose children carry spans and tags.
enum Node {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    Str(String),
    Seq(Vec<Spanned<Tagged<Node>>>),
    Map(Vec<(String, Position, Spanned<Tagged<Node>>)>),
}

/// A mapping key: scalars of any type become their string form, as Kubernetes and CloudFormation read
/// them. A collection as key has no JSON form; it is almost always an unrendered `{{ placeholder }}`.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let node = Node::deserialize(deserializer)?;
        Ok(Key(match node {
            Node::Null => "null".to_owned(),
            Node::Bool(b) => b.to_string(),
            Node::Number(n) => n.to_string(),
            Node::Str(s) => s,
            Node::Seq(_) | Node::Map(_) => {
                return Err(serde::de::Error::custom(
                    "a mapping key is itself a collection (an unrendered template placeholder such as `{{ name }}`?)",
                ));
            }
        }))
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Number(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Str(v.to_string()))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Node, E> {
        Ok(Node::Str(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(serde_json::Number::from_f64(v).map_or_else(|| Node::Str(v.to_string()), Node::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<Key>>()? {
            let pos = position_of(&key);
            let value = map.next_value()?;
            entries.push((key.value.0, pos, value));
        }
        Ok(Node::Map(entries))
    }
}

#[cfg(test)]
#[path = "yaml_tree_tests.rs"]
mod tests;
