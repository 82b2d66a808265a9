//! CloudFormation intrinsic functions worked out as far as the template alone allows, as Terraform
//! expressions are: `Ref` to a parameter takes its `Default`, `Fn::Sub`, `Fn::Join`, `Fn::Select`,
//! `Fn::Split`, `Fn::FindInMap`, `Fn::Base64` and `Fn::If` (on a condition the template decides) give
//! their value when every part is known. Anything else (`Fn::GetAtt`, a parameter without a default,
//! `AWS::AccountId`, `Fn::ImportValue`, ...) is worked out at deploy time: the property is unknown, left
//! out of the values and listed in `unknown`, so rules stay silent on it. `Ref: AWS::NoValue` removes
//! the property, as CloudFormation does.

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine;
use serde_json::{Map, Value};

/// A value as far as the template decides it.
#[derive(Debug, Clone, PartialEq)]
enum Resolved {
    Known(Value),
    /// Decided at deploy time.
    Unknown,
    /// `Ref: AWS::NoValue`: the property is not set.
    Absent,
}

/// The template's parameters, mappings and conditions, which intrinsic functions read.
pub struct Template<'a> {
    parameters: Map<String, Value>,
    mappings: Option<&'a Value>,
    conditions: Option<&'a Value>,
    resources: BTreeSet<String>,
}

impl<'a> Template<'a> {
    pub fn new(template: &'a Value) -> Template<'a> {
        let parameters = template.get("Parameters").and_then(Value::as_object).cloned().unwrap_or_default();
        let resources = template
            .get("Resources")
            .and_then(Value::as_object)
            .map(|r| r.keys().cloned().collect())
            .unwrap_or_default();
        Template { parameters, mappings: template.get("Mappings"), conditions: template.get("Conditions"), resources }
    }

    /// A resource's properties with what the template decides worked out: the values, the paths of
    /// the unknown ones, and per path the resources its `Ref`/`Fn::GetAtt` name.
    pub fn properties(&self, properties: &Value) -> (Value, Vec<String>, BTreeMap<String, Vec<String>>) {
        let mut unknown = Vec::new();
        let mut references = BTreeMap::new();
        let value = match self.walk(properties, "", &mut unknown, &mut references) {
            Resolved::Known(value) => value,
            _ => Value::Object(Map::new()),
        };
        unknown.sort();
        (value, unknown, references)
    }

    fn walk(
        &self,
        value: &Value,
        path: &str,
        unknown: &mut Vec<String>,
        references: &mut BTreeMap<String, Vec<String>>,
    ) -> Resolved {
        if let Some((name, args)) = intrinsic(value) {
            let named = self.named_resources(value);
            if !named.is_empty() {
                references.insert(path.to_owned(), named);
            }
            let resolved = self.resolve(name, args, 0);
            if resolved == Resolved::Unknown {
                unknown.push(path.to_owned());
            }
            return resolved;
        }
        match value {
            Value::Object(map) => {
                let mut out = Map::new();
                for (key, child) in map {
                    let child_path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    if let Resolved::Known(v) = self.walk(child, &child_path, unknown, references) {
                        out.insert(key.clone(), v);
                    }
                }
                Resolved::Known(Value::Object(out))
            }
            Value::Array(items) => {
                let mut out = Vec::new();
                for (i, child) in items.iter().enumerate() {
                    match self.walk(child, &format!("{path}[{i}]"), unknown, references) {
                        Resolved::Known(v) => out.push(v),
                        Resolved::Unknown => out.push(Value::Null),
                        Resolved::Absent => {}
                    }
                }
                Resolved::Known(Value::Array(out))
            }
            other => Resolved::Known(other.clone()),
        }
    }

    /// The template's resources a value names through `Ref`, `Fn::GetAtt` or `Fn::Sub` (`${Res.Arn}`).
    fn named_resources(&self, value: &Value) -> Vec<String> {
        let mut found = BTreeSet::new();
        self.collect_names(value, &mut found);
        found.into_iter().collect()
    }

    fn collect_names(&self, value: &Value, found: &mut BTreeSet<String>) {
        match intrinsic(value) {
            Some(("Ref", Value::String(name))) if self.resources.contains(name) => {
                found.insert(name.clone());
            }
            Some(("Fn::GetAtt", Value::Array(parts))) => {
                if let Some(name) = parts.first().and_then(Value::as_str).filter(|n| self.resources.contains(*n)) {
                    found.insert(name.to_owned());
                }
            }
            Some(("Fn::GetAtt", Value::String(dotted))) => {
                if let Some(name) = dotted.split('.').next().filter(|n| self.resources.contains(*n)) {
                    found.insert(name.to_owned());
                }
            }
            Some(("Fn::Sub", args)) => {
                let template = args.as_str().or_else(|| args.get(0).and_then(Value::as_str)).unwrap_or_default();
                for variable in sub_variables(template) {
                    let head = variable.split('.').next().unwrap_or_default();
                    if self.resources.contains(head) {
                        found.insert(head.to_owned());
                    }
                }
                if let Some(vars) = args.get(1) {
                    self.collect_names(vars, found);
                }
            }
            _ => {}
        }
        match value {
            Value::Object(map) => map.values().for_each(|v| self.collect_names(v, found)),
            Value::Array(items) => items.iter().for_each(|v| self.collect_names(v, found)),
            _ => {}
        }
    }

    /// An argument: an intrinsic worked out, or a literal with the intrinsics inside it worked out.
    fn arg(&self, value: &Value, depth: usize) -> Resolved {
        if depth > 32 {
            return Resolved::Unknown;
        }
        if let Some((name, args)) = intrinsic(value) {
            return self.resolve(name, args, depth + 1);
        }
        let (mut unknown, mut references) = (Vec::new(), BTreeMap::new());
        let resolved = self.walk(value, "", &mut unknown, &mut references);
        if unknown.is_empty() { resolved } else { Resolved::Unknown }
    }

    fn known(&self, value: &Value, depth: usize) -> Option<Value> {
        match self.arg(value, depth) {
            Resolved::Known(v) => Some(v),
            _ => None,
        }
    }

    fn resolve(&self, name: &str, args: &Value, depth: usize) -> Resolved {
        let known = |v: Option<Value>| v.map_or(Resolved::Unknown, Resolved::Known);
        match name {
            "Ref" => match args.as_str() {
                Some("AWS::NoValue") => Resolved::Absent,
                Some(param) => known(self.parameter_default(param)),
                None => Resolved::Unknown,
            },
            "Fn::Sub" => known(self.sub(args, depth)),
            "Fn::Join" => known((|| {
                let delimiter = args.get(0)?.as_str()?;
                let items = self.known(args.get(1)?, depth)?;
                let parts: Option<Vec<String>> = items.as_array()?.iter().map(scalar_text).collect();
                Some(Value::String(parts?.join(delimiter)))
            })()),
            "Fn::Select" => known((|| {
                let index = scalar_text(&self.known(args.get(0)?, depth)?)?.parse::<usize>().ok()?;
                self.known(args.get(1)?, depth)?.as_array()?.get(index).cloned()
            })()),
            "Fn::Split" => known((|| {
                let delimiter = args.get(0)?.as_str()?;
                let text = self.known(args.get(1)?, depth)?;
                let parts = text.as_str()?.split(delimiter).map(|p| Value::String(p.to_owned())).collect();
                Some(Value::Array(parts))
            })()),
            "Fn::FindInMap" => known((|| {
                let keys: Option<Vec<String>> =
                    args.as_array()?.iter().take(3).map(|k| scalar_text(&self.known(k, depth)?)).collect();
                let keys = keys?;
                let value = self.mappings?.get(keys.first()?)?.get(keys.get(1)?)?.get(keys.get(2)?)?;
                self.known(value, depth)
            })()),
            "Fn::Base64" => known((|| {
                let text = self.known(args, depth)?;
                Some(Value::String(base64::engine::general_purpose::STANDARD.encode(text.as_str()?)))
            })()),
            "Fn::If" => {
                let Some(parts) = args.as_array().filter(|p| p.len() == 3) else { return Resolved::Unknown };
                match parts[0].as_str().and_then(|c| self.condition(c, depth)) {
                    Some(true) => self.arg(&parts[1], depth),
                    Some(false) => self.arg(&parts[2], depth),
                    None => Resolved::Unknown,
                }
            }
            _ => Resolved::Unknown,
        }
    }

    fn parameter_default(&self, name: &str) -> Option<Value> {
        let default = self.parameters.get(name)?.get("Default")?;
        // A list parameter's default is one comma-separated string.
        let is_list = self.parameters[name]
            .get("Type")
            .and_then(Value::as_str)
            .is_some_and(|t| t.starts_with("List<") || t == "CommaDelimitedList");
        match default.as_str() {
            Some(text) if is_list => {
                Some(Value::Array(text.split(',').map(|p| Value::String(p.trim().to_owned())).collect()))
            }
            _ => Some(default.clone()),
        }
    }

    fn sub(&self, args: &Value, depth: usize) -> Option<Value> {
        let (template, vars) = match args {
            Value::String(text) => (text.as_str(), None),
            Value::Array(parts) => (parts.first()?.as_str()?, parts.get(1)),
            _ => return None,
        };
        let mut out = String::new();
        let mut rest = template;
        while let Some(start) = rest.find("${") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let end = after.find('}')?;
            let variable = &after[..end];
            if let Some(literal) = variable.strip_prefix('!') {
                out.push_str(&format!("${{{literal}}}"));
            } else {
                let value = match vars.and_then(|v| v.get(variable)) {
                    Some(given) => self.known(given, depth)?,
                    None if variable.contains('.') => return None,
                    None => self.parameter_default(variable)?,
                };
                out.push_str(&scalar_text(&value)?);
            }
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Some(Value::String(out))
    }

    /// A named condition, when the template decides it (`Fn::Equals` of known values, `Fn::Not`,
    /// `Fn::And`, `Fn::Or`, `Condition`).
    fn condition(&self, name: &str, depth: usize) -> Option<bool> {
        if depth > 32 {
            return None;
        }
        self.condition_value(self.conditions?.get(name)?, depth + 1)
    }

    fn condition_value(&self, value: &Value, depth: usize) -> Option<bool> {
        let (name, args) = intrinsic(value).or_else(|| Some(("Condition", value.get("Condition")?)))?;
        let list = || args.as_array().map(Vec::as_slice).unwrap_or_default();
        match name {
            "Condition" => self.condition(args.as_str()?, depth),
            "Fn::Equals" => {
                let (a, b) = (self.known(list().first()?, depth)?, self.known(list().get(1)?, depth)?);
                Some(scalar_text(&a)? == scalar_text(&b)?)
            }
            "Fn::Not" => self.condition_value(list().first()?, depth).map(|b| !b),
            "Fn::And" => {
                let all: Option<Vec<bool>> = list().iter().map(|c| self.condition_value(c, depth)).collect();
                Some(all?.into_iter().all(|b| b))
            }
            "Fn::Or" => {
                let all: Option<Vec<bool>> = list().iter().map(|c| self.condition_value(c, depth)).collect();
                Some(all?.into_iter().any(|b| b))
            }
            _ => None,
        }
    }
}

/// `{"Ref": x}` or `{"Fn::Name": args}`: the function and its arguments.
fn intrinsic(value: &Value) -> Option<(&str, &Value)> {
    let object = value.as_object().filter(|o| o.len() == 1)?;
    let (key, args) = object.iter().next()?;
    (key == "Ref" || key.starts_with("Fn::")).then_some((key.as_str(), args))
}

/// A string, number or boolean as text (`Fn::Join` and `Fn::Sub` write them so).
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The `${...}` variables of an `Fn::Sub` template (not the `${!literal}` ones).
fn sub_variables(template: &str) -> Vec<&str> {
    template
        .split("${")
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(v, _)| v))
        .filter(|v| !v.starts_with('!'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn what_the_template_decides_is_worked_out_and_the_rest_is_unknown() {
        let template = json!({
            "Parameters": {
                "Encrypt": {"Type": "String", "AllowedValues": ["true", "false"]},
                "Env": {"Type": "String", "Default": "prod"},
                "Zones": {"Type": "CommaDelimitedList", "Default": "a, b"}
            },
            "Mappings": {"Sizes": {"prod": {"Class": "db.r6g.large"}}},
            "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}, "IsDev": {"Fn::Not": [{"Condition": "IsProd"}]}},
            "Resources": {"Key": {"Type": "AWS::KMS::Key"}, "Db": {"Type": "AWS::RDS::DBInstance"}}
        });
        let t = Template::new(&template);
        let (values, unknown, references) = t.properties(&json!({
            "StorageEncrypted": {"Ref": "Encrypt"},
            "DBName": {"Fn::Sub": "${Env}-db-${!Literal}"},
            "DBInstanceClass": {"Fn::FindInMap": ["Sizes", {"Ref": "Env"}, "Class"]},
            "KmsKeyId": {"Fn::GetAtt": ["Key", "Arn"]},
            "MultiAZ": {"Fn::If": ["IsProd", true, false]},
            "Iops": {"Fn::If": ["IsDev", 1000, {"Ref": "AWS::NoValue"}]},
            "Zone": {"Fn::Select": [1, {"Ref": "Zones"}]},
            "Tags": [{"Key": "account", "Value": {"Ref": "AWS::AccountId"}}, {"Key": "n", "Value": {"Fn::Join": ["-", ["a", 1]]}}]
        }));
        assert_eq!(values["DBName"], "prod-db-${Literal}");
        assert_eq!(values["DBInstanceClass"], "db.r6g.large");
        assert_eq!(values["MultiAZ"], true);
        assert!(values.get("Iops").is_none() && !unknown.contains(&"Iops".to_owned()), "AWS::NoValue removes it");
        assert_eq!(values["Zone"], "b");
        assert_eq!(values["Tags"][1]["Value"], "a-1");
        assert!(values.get("StorageEncrypted").is_none() && values.get("KmsKeyId").is_none());
        assert_eq!(unknown, ["KmsKeyId", "StorageEncrypted", "Tags[0].Value"]);
        assert_eq!(references["KmsKeyId"], ["Key"]);
    }
}
