//! How a block's `count` or `for_each` expands: the instance keys, the names each instance binds
//! (`count.index`, `each.key`, `each.value`), and the value references to the block see.

use std::collections::BTreeMap;

use super::value::{Val, Why};

/// How a block's `count`/`for_each` expanded: the key of each instance (none without either).
#[derive(Debug, Clone, PartialEq)]
pub enum Keys {
    Single,
    Count(usize),
    ForEach(Vec<(String, Val)>),
    /// `count` or `for_each` whose value is unknown: one instance is checked, without an index.
    Unknown(Why),
}

impl Keys {
    /// `(address suffix, names bound)` per instance.
    pub fn instances(&self) -> Vec<(String, Vec<(String, Val)>)> {
        let object = |pairs: [(&str, Val); 2]| Val::Map(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect());
        match self {
            Keys::Single => vec![(String::new(), Vec::new())],
            Keys::Count(n) => (0..*n)
                .map(|i| {
                    let index = Val::Map(BTreeMap::from([("index".to_owned(), Val::Number(i as f64))]));
                    (format!("[{i}]"), vec![("count".to_owned(), index)])
                })
                .collect(),
            Keys::ForEach(pairs) => pairs
                .iter()
                .map(|(k, v)| {
                    let each = object([("key", Val::str(k.clone())), ("value", v.clone())]);
                    (format!("[{}]", serde_json::Value::String(k.clone())), vec![("each".to_owned(), each)])
                })
                .collect(),
            Keys::Unknown(why) => {
                let unknown = Val::Unknown(*why);
                let each = object([("key", unknown.clone()), ("value", unknown.clone())]);
                let count = Val::Map(BTreeMap::from([("index".to_owned(), unknown)]));
                vec![(String::new(), vec![("each".to_owned(), each), ("count".to_owned(), count)])]
            }
        }
    }

    /// The value references see: an object, a list (count) or a map (for_each) of them.
    pub fn collect(&self, mut items: Vec<Val>) -> Val {
        match self {
            Keys::Single => items.pop().unwrap_or(Val::Null),
            Keys::Count(_) => Val::List(items),
            Keys::ForEach(pairs) => Val::Map(pairs.iter().map(|(k, _)| k.clone()).zip(items).collect()),
            Keys::Unknown(why) => Val::Unknown(*why),
        }
    }
}
