//! Encoding and hash functions: JSON, YAML, base64, URL encoding, MD5, SHA-1, SHA-256, SHA-512.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};

use super::{arg, string};
use crate::normalize::terraform::evaluator::Result;
use crate::normalize::terraform::value::Val;

pub fn call(name: &str, args: &[Val]) -> Option<Result<Val>> {
    let s = || string(args, 0);
    Some(match name {
        "jsonencode" => arg(args, 0).map(|v| Val::String(v.to_plain_json().to_string())),
        "jsondecode" => s().and_then(|text| {
            serde_json::from_str::<serde_json::Value>(&text)
                .map(|v| Val::from_json(&v))
                .map_err(|e| format!("invalid JSON: {e}"))
        }),
        "yamlencode" => arg(args, 0)
            .and_then(|v| serde_saphyr::to_string(&v.to_plain_json()).map(Val::String).map_err(|e| e.to_string())),
        "yamldecode" => s().and_then(|text| {
            let docs = crate::normalize::yaml_tree::parse_documents(&text).map_err(|e| e.message)?;
            Ok(docs.first().map_or(Val::Null, |d| Val::from_json(&d.value)))
        }),
        "base64encode" => s().map(|text| Val::String(STANDARD.encode(text))),
        "base64decode" => s().and_then(|text| {
            let bytes = STANDARD.decode(text.trim()).map_err(|e| format!("invalid base64: {e}"))?;
            String::from_utf8(bytes).map(Val::String).map_err(|_| "the decoded bytes are not UTF-8".into())
        }),
        "urlencode" => s().map(|text| {
            Val::String(percent_encoding::utf8_percent_encode(&text, percent_encoding::NON_ALPHANUMERIC).to_string())
        }),
        "md5" => s().map(|t| Val::String(hex::encode(Md5::digest(t)))),
        "sha1" => s().map(|t| Val::String(hex::encode(Sha1::digest(t)))),
        "sha256" => s().map(|t| Val::String(hex::encode(Sha256::digest(t)))),
        "sha512" => s().map(|t| Val::String(hex::encode(Sha512::digest(t)))),
        "base64sha256" => s().map(|t| Val::String(STANDARD.encode(Sha256::digest(t)))),
        "base64sha512" => s().map(|t| Val::String(STANDARD.encode(Sha512::digest(t)))),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_and_hashes() {
        let run = |name: &str, v: &str| call(name, &[Val::str(v)]).unwrap().unwrap();
        assert_eq!(run("md5", "hello"), Val::str("5d41402abc4b2a76b9719d911017c592"));
        assert_eq!(run("sha1", "hello"), Val::str("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"));
        assert_eq!(run("base64decode", &STANDARD.encode("hi")), Val::str("hi"));
        assert_eq!(run("urlencode", "a b/c"), Val::str("a%20b%2Fc"));
        assert_eq!(run("jsondecode", "{\"a\": [1]}"), Val::from_json(&serde_json::json!({"a": [1]})));
        let json = call("jsonencode", &[Val::from_json(&serde_json::json!({"b": 1, "a": "x"}))]).unwrap().unwrap();
        assert_eq!(json, Val::str("{\"a\":\"x\",\"b\":1}"));
    }
}
