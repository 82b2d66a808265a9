//! `configMapGenerator` and `secretGenerator`: data from `literals`, `files` and `envs`, and the name
//! hash suffix Kustomize gives them (sha256 of the Go JSON encoding of kind, name, data and type,
//! its first ten hex digits with `0 1 3 a e` read as `g h k m t`), unless turned off.

use base64::Engine as _;
use serde_json::{Map, Value};
use sha2::Digest as _;

/// Reads a file of the kustomization (relative to its folder).
pub type Read<'a> = dyn Fn(&str) -> Option<String> + 'a;

/// Builds one generated object; `kind` is `ConfigMap` or `Secret`.
pub fn generate(kind: &str, spec: &Value, options: &Value, read: &Read<'_>) -> Result<Value, String> {
    let name = spec.get("name").and_then(Value::as_str).ok_or(format!("{kind} generator without a name"))?;
    let mut data = Map::new();
    for literal in spec.get("literals").and_then(Value::as_array).into_iter().flatten() {
        let text = literal.as_str().unwrap_or_default();
        let (key, value) = text.split_once('=').ok_or(format!("literal {text:?} is not KEY=VALUE"))?;
        data.insert(key.to_owned(), Value::String(unquote(value).to_owned()));
    }
    for file in spec.get("files").and_then(Value::as_array).into_iter().flatten() {
        let text = file.as_str().unwrap_or_default();
        let (key, path) = text.split_once('=').unwrap_or((text.rsplit('/').next().unwrap_or(text), text));
        let content = read(path).ok_or(format!("{kind} generator {name}: file {path} not found"))?;
        data.insert(key.to_owned(), Value::String(content));
    }
    let envs = spec.get("envs").and_then(Value::as_array).cloned().unwrap_or_default();
    for env in envs.iter().chain(spec.get("env")) {
        let path = env.as_str().unwrap_or_default();
        let content = read(path).ok_or(format!("{kind} generator {name}: env file {path} not found"))?;
        for line in content.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if let Some((key, value)) = line.split_once('=') {
                data.insert(key.trim().to_owned(), Value::String(value.to_owned()));
            }
        }
    }
    let secret = kind == "Secret";
    if secret {
        for value in data.values_mut() {
            let raw = value.as_str().unwrap_or_default().to_owned();
            *value = Value::String(base64::engine::general_purpose::STANDARD.encode(raw));
        }
    }
    let secret_type = spec.get("type").and_then(Value::as_str).unwrap_or("Opaque");
    let setting = |key: &str| spec.pointer(&format!("/options/{key}")).or_else(|| options.get(key));
    let hash = !setting("disableNameSuffixHash").and_then(Value::as_bool).unwrap_or(false);
    let final_name =
        if hash { format!("{name}-{}", suffix(kind, &data, secret.then_some(secret_type))) } else { name.to_owned() };
    let mut metadata = Map::new();
    metadata.insert("name".into(), Value::String(final_name));
    if let Some(ns) = spec.get("namespace") {
        metadata.insert("namespace".into(), ns.clone());
    }
    for key in ["labels", "annotations"] {
        if let Some(Value::Object(pairs)) = setting(key) {
            metadata.insert(key.into(), Value::Object(pairs.clone()));
        }
    }
    let mut object = Map::new();
    object.insert("apiVersion".into(), Value::String("v1".into()));
    object.insert("kind".into(), Value::String(kind.into()));
    object.insert("metadata".into(), Value::Object(metadata));
    if !data.is_empty() {
        object.insert("data".into(), Value::Object(data));
    }
    if secret {
        object.insert("type".into(), Value::String(secret_type.into()));
    }
    Ok(Value::Object(object))
}

fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(quote).and_then(|v| v.strip_suffix(quote)) {
            return inner;
        }
    }
    value
}

/// Kustomize's name suffix of a generated ConfigMap or Secret (its name is empty when hashed).
fn suffix(kind: &str, data: &Map<String, Value>, secret_type: Option<&str>) -> String {
    let mut fields: Vec<(&str, String)> = vec![("kind", go_json(kind)), ("name", go_json(""))];
    if !data.is_empty() {
        let mut keys: Vec<&String> = data.keys().collect();
        keys.sort();
        let body: Vec<String> = keys
            .iter()
            .map(|k| format!("{}:{}", go_json(k), go_json(data[k.as_str()].as_str().unwrap_or_default())))
            .collect();
        fields.push(("data", format!("{{{}}}", body.join(","))));
    } else {
        fields.push(("data", "null".into()));
    }
    if let Some(t) = secret_type {
        fields.push(("type", go_json(t)));
    }
    fields.sort_by(|a, b| a.0.cmp(b.0));
    let encoded = format!("{{{}}}", fields.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect::<Vec<_>>().join(","));
    hex::encode(sha2::Sha256::digest(encoded.as_bytes()))
        .chars()
        .take(10)
        .map(|c| match c {
            '0' => 'g',
            '1' => 'h',
            '3' => 'k',
            'a' => 'm',
            'e' => 't',
            other => other,
        })
        .collect()
}

/// A string as Go's `encoding/json` writes it (`<`, `>`, `&` escaped as `\u003c`...).
fn go_json(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use serde_json::{Map, Value};

    #[test]
    fn hash_suffix_is_kustomize_s() {
        // `kubectl kustomize` names {MODE: base} `settings-btf6f9dc9c`.
        let mut data = Map::new();
        data.insert("MODE".into(), Value::String("base".into()));
        assert_eq!(super::suffix("ConfigMap", &data, None), "btf6f9dc9c");
    }
}
