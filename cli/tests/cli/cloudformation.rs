//! CloudFormation intrinsic functions reach rules as Terraform expressions do: what the template
//! decides (a parameter's `Default`, `Fn::If` on a condition it decides, `Fn::Sub`) is the value, and
//! what is decided at deploy time (a parameter without a default, `Fn::GetAtt`) is unknown, so no
//! rule judges it; `inspect` shows both.

use crate::support::{TempRepo, active, tollgate};

const TEMPLATE: &str = r#"AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Encrypt:
    Type: String
    AllowedValues: ["true", "false"]
  EncryptByDefault:
    Type: String
    Default: "false"
  Env:
    Type: String
    Default: prod
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  Chosen:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      StorageEncrypted: !Ref Encrypt
      KmsKeyId: !GetAtt Key.Arn
  Defaulted:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      StorageEncrypted: !Ref EncryptByDefault
  Conditional:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: !Sub "db.${Env}.micro"
      StorageEncrypted: !If [IsProd, false, true]
"#;

#[test]
fn intrinsic_values_are_worked_out_or_unknown_never_judged_as_objects() {
    let repo = TempRepo::new();
    repo.write("db.yaml", TEMPLATE);
    let (_, report) = repo.check_json(&[]);
    let encryption: Vec<(String, u64)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule_id"] == "AWS006")
        .map(|f| (f["resource"].as_str().unwrap().to_owned(), f["line"].as_u64().unwrap()))
        .collect();
    // `Chosen` is decided at deploy time: silent. The default "false" and the prod branch are judged.
    assert_eq!(encryption, [("Defaulted".to_owned(), 31), ("Conditional".to_owned(), 37)], "{report:#}");
    assert!(active(&report).iter().all(|(_, file, _)| file == "db.yaml"));

    let inspected = tollgate(repo.path(), &["inspect", "."]);
    assert_eq!(inspected.code, 0, "{}", inspected.stderr);
    let resources = inspected.json()["resources"].as_array().unwrap().clone();
    let named = |name: &str| resources.iter().find(|r| r["address"] == name).unwrap().clone();
    let chosen = named("Chosen");
    assert_eq!(chosen["unknown"], serde_json::json!(["KmsKeyId", "StorageEncrypted"]), "{chosen:#}");
    assert!(chosen["values"].get("StorageEncrypted").is_none(), "{chosen:#}");
    assert_eq!(chosen["references"]["KmsKeyId"], serde_json::json!(["Key"]), "{chosen:#}");
    assert_eq!(named("Defaulted")["values"]["StorageEncrypted"], "false");
    assert_eq!(named("Conditional")["values"]["DBInstanceClass"], "db.prod.micro");
    assert_eq!(named("Conditional")["values"]["StorageEncrypted"], false);
}
