//! Tests of YAML parsing with positions, tags and limits.

use super::*;

#[test]
fn positions_every_node_and_expands_short_tags() {
    let docs = parse_documents("a: 1\nb:\n  - x: !Ref Foo\n    y: !GetAtt Res.Arn\n---\nk: NO\n").unwrap();
    assert_eq!(docs.len(), 2);
    let d = &docs[0];
    assert_eq!(d.value["b"][0]["x"], serde_json::json!({"Ref": "Foo"}));
    assert_eq!(d.value["b"][0]["y"], serde_json::json!({"Fn::GetAtt": ["Res", "Arn"]}));
    assert_eq!(d.position("/b/0/y").map(|p| p.line), Some(4));
    assert_eq!(d.position("/b/0/x"), Some(Position { line: 3, column: 5 }));
    assert_eq!(docs[1].value["k"], "NO");
    assert_eq!(docs[1].start.line, 6);
}

#[test]
fn duplicate_keys_keep_the_last_and_placeholders_are_errors() {
    let docs = parse_documents("a: 1\na: 2\n").unwrap();
    assert_eq!(docs[0].value["a"], 2);
    assert!(parse_documents_with("a: 1\na: 2\n", DuplicateKeyPolicy::Error).is_err());
    let err = parse_documents("metadata:\n  name: x\nstringData:\n  token: {{HF_TOKEN}}\n").unwrap_err();
    assert_eq!(err.position.line, 4, "{err:?}");
    assert!(err.message.contains("placeholder"), "{err:?}");
}

#[test]
fn reports_error_position() {
    let err = parse_documents("a: 1\nb: [1, 2\n").unwrap_err();
    assert!(err.position.line >= 2, "{err:?}");
    assert!(!err.message.starts_with("error"), "{err:?}");
}
