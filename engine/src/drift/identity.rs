//! Matching declared and live resources: by Terraform address when both sides have one, otherwise by
//! provider identity (Kubernetes kind/namespace/name; a type's naming attribute; the provider id).

use std::collections::HashMap;

use serde_json::Value;

use crate::model::resource::{Kind, Resource};

/// For each declared resource, the live resource it matched (if any).
pub struct Matches {
    pub by_desired: Vec<Option<usize>>,
}

/// The attribute that names a resource of a type in its provider (what a console shows), where it is
/// not `name`.
fn naming_attribute(resource_type: &str) -> &'static str {
    match resource_type {
        t if t.starts_with("aws_s3_bucket") => "bucket",
        "aws_db_instance" | "aws_rds_cluster" | "aws_elasticache_replication_group" => "identifier",
        "aws_lambda_function" => "function_name",
        "aws_instance" | "aws_vpc" | "aws_subnet" | "aws_eip" | "aws_nat_gateway" => "tags.Name",
        "aws_kms_key" => "description",
        "aws_cloudwatch_log_group" | "aws_iam_role" | "aws_iam_user" | "aws_iam_policy" => "name",
        _ => "name",
    }
}

/// A live resource's name as its provider shows it, for addressing resources that have no Terraform
/// address: the type's naming attribute, else its id.
pub fn display_name(resource_type: &str, values: &Value, id: &str) -> String {
    lookup(values, naming_attribute(resource_type)).and_then(Value::as_str).unwrap_or(id).to_owned()
}

fn lookup<'a>(values: &'a Value, dotted: &str) -> Option<&'a Value> {
    dotted.split('.').try_fold(values, |value, key| value.get(key))
}

/// The provider's own id of a live resource: `id` (Terraform state), `arn`, or Kubernetes namespace/name.
pub fn provider_id(resource: &Resource) -> Option<String> {
    if resource.kind == Kind::Kubernetes {
        return kubernetes_key(resource).map(|k| k.split_once(':').map_or(k.clone(), |(_, rest)| rest.to_owned()));
    }
    ["id", "arn"].iter().find_map(|k| resource.values.get(*k).and_then(Value::as_str)).map(str::to_owned)
}

/// Kubernetes identity: kind, namespace (`default` when unset) and name; cluster-scoped objects have
/// no namespace in either side, so both get `default` and still match.
fn kubernetes_key(resource: &Resource) -> Option<String> {
    let metadata = resource.values.get("metadata")?;
    let name = metadata.get("name")?.as_str()?;
    let namespace = metadata.get("namespace").and_then(Value::as_str).unwrap_or("default");
    Some(format!("k8s:{}/{namespace}/{name}", resource.resource_type))
}

/// Identity besides the address: Kubernetes objects by kind/namespace/name, others by the type's naming
/// attribute when it is a known string.
pub fn identity_key(resource: &Resource) -> Option<String> {
    if resource.kind == Kind::Kubernetes || resource.values.get("apiVersion").is_some() {
        return kubernetes_key(resource);
    }
    let attribute = naming_attribute(&resource.resource_type);
    let name = lookup(&resource.values, attribute)?.as_str()?;
    Some(format!("{}:{attribute}={name}", resource.resource_type))
}

/// Whether a resource's address is a Terraform address (both sides must have one to match by it).
fn has_terraform_address(resource: &Resource) -> bool {
    matches!(resource.kind, Kind::Terraform | Kind::TerraformPlan | Kind::TerraformState)
}

/// How many leading directories two files share.
fn shared_dirs(a: &str, b: &str) -> usize {
    let dirs = |f: &str| f.rsplit_once('/').map_or(String::new(), |(d, _)| d.to_owned());
    let (a, b) = (dirs(a), dirs(b));
    a.split('/').zip(b.split('/')).take_while(|(x, y)| x == y).count()
}

/// The untaken candidate closest to a declared file (a snapshot beside its code wins when several
/// root modules use the same addresses); the first one on a tie.
fn closest(candidates: Option<&Vec<usize>>, taken: &[bool], live: &[Resource], file: &str) -> Option<usize> {
    let free = candidates?.iter().copied().filter(|l| !taken[*l]);
    free.rev().max_by_key(|l| shared_dirs(&live[*l].file, file))
}

/// Matches every declared resource to at most one live resource, and every live one to at most one
/// declared: first by address, then by identity.
pub fn match_resources(desired: &[Resource], live: &[Resource]) -> Matches {
    let mut by_address: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_identity: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, resource) in live.iter().enumerate() {
        if has_terraform_address(resource) {
            by_address.entry(resource.address.as_str()).or_default().push(i);
        }
        if let Some(key) = identity_key(resource) {
            by_identity.entry(key).or_default().push(i);
        }
    }
    let mut taken = vec![false; live.len()];
    let mut by_desired = vec![None; desired.len()];
    // Addresses first, so an identity match never steals a resource another declaration names exactly.
    for (d, resource) in desired.iter().enumerate() {
        if has_terraform_address(resource)
            && let Some(l) = closest(by_address.get(resource.address.as_str()), &taken, live, &resource.file)
        {
            taken[l] = true;
            by_desired[d] = Some(l);
        }
    }
    for (d, resource) in desired.iter().enumerate() {
        if by_desired[d].is_some() {
            continue;
        }
        let candidates = identity_key(resource).and_then(|k| by_identity.get(&k));
        if let Some(l) = closest(candidates, &taken, live, &resource.file) {
            taken[l] = true;
            by_desired[d] = Some(l);
        }
    }
    Matches { by_desired }
}
