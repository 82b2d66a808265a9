//! CloudFormation templates (YAML with short tags, or JSON) to resources, one per logical id.

use serde_json::Value;

use super::cloudformation_values::Template;
use super::kubernetes::attributes_under;
use super::yaml_tree::YamlDoc;
use crate::model::resource::InlineIgnore;
use crate::model::resource::{Kind, Location, Resource};
use crate::suppress::inline::ignores_for_block;

pub fn is_cloudformation(value: &Value) -> bool {
    if value.get("AWSTemplateFormatVersion").is_some() {
        return true;
    }
    value.get("Resources").and_then(Value::as_object).is_some_and(|resources| {
        !resources.is_empty()
            && resources.values().all(|r| r.get("Type").and_then(Value::as_str).is_some_and(|t| t.contains("::")))
    })
}

/// `comments`: the file's ignore comments (`scan_ignores`), found once per file.
pub fn normalize(file: &str, comments: &[InlineIgnore], doc: &YamlDoc) -> Vec<Resource> {
    let Some(resources) = doc.value.get("Resources").and_then(Value::as_object) else {
        return Vec::new();
    };
    let template = Template::new(&doc.value);
    resources
        .iter()
        .filter_map(|(logical_id, resource)| {
            let resource_type = resource.get("Type")?.as_str()?.to_owned();
            let prefix = format!("/Resources/{}", logical_id.replace('~', "~0").replace('/', "~1"));
            let (all, start, end_line) = attributes_under(doc, &prefix);
            let start = doc.key_positions.get(&prefix).copied().unwrap_or(start);
            let attributes = all
                .into_iter()
                .filter_map(|(path, loc)| Some((path.strip_prefix("Properties.")?.to_owned(), loc)))
                .collect();
            let location = Location::at(start, end_line);
            let properties = resource.get("Properties").cloned().unwrap_or_else(|| Value::Object(Default::default()));
            let (values, unknown, references) = template.properties(&properties);
            Some(Resource {
                identity: format!("{file}::{logical_id}"),
                address: logical_id.clone(),
                provider: provider_of(&resource_type),
                resource_type,
                kind: Kind::Cloudformation,
                values,
                unknown,
                references,
                file: file.to_owned(),
                inline_ignores: ignores_for_block(comments, location.line, location.end_line),
                module_calls: Vec::new(),
                drift: None,
                cost: None,
                origins: Default::default(),
                location,
                attributes,
            })
        })
        .collect()
}

/// `AWS::S3::Bucket` is from provider `aws`.
fn provider_of(resource_type: &str) -> String {
    resource_type.split("::").next().unwrap_or_default().to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::yaml_tree::parse_documents;

    #[test]
    fn resources_with_property_lines() {
        let text = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      BucketName: !Sub '${AWS::StackName}-logs'\n";
        let docs = parse_documents(text).unwrap();
        assert!(is_cloudformation(&docs[0].value));
        let r = &normalize("t.yaml", &crate::suppress::inline::scan_ignores(text), &docs[0])[0];
        assert_eq!(r.address, "Logs");
        assert_eq!(r.resource_type, "AWS::S3::Bucket");
        assert_eq!(r.values["AccessControl"], "PublicRead");
        assert!(r.values.get("BucketName").is_none(), "the stack name is known at deploy time");
        assert_eq!(r.unknown, ["BucketName"]);
        assert_eq!(r.locate(Some("AccessControl")).line, 6);
        assert_eq!((r.location.line, r.location.end_line), (3, 7));
    }
}
