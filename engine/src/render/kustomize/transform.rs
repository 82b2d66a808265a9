//! Kustomize's built-in transformers over the accumulated objects: `namespace`, `namePrefix` and
//! `nameSuffix` (with references to renamed ConfigMaps, Secrets, ServiceAccounts, Services, claims
//! and roles updated), `labels`/`commonLabels` (selectors and pod templates as asked),
//! `commonAnnotations`, `images` and `replicas`.

use serde_json::{Map, Value};

use super::Object;

/// Kinds that live outside namespaces: `namespace:` leaves them alone.
const CLUSTER_SCOPED: [&str; 14] = [
    "Namespace",
    "ClusterRole",
    "ClusterRoleBinding",
    "CustomResourceDefinition",
    "PersistentVolume",
    "StorageClass",
    "PriorityClass",
    "ValidatingWebhookConfiguration",
    "MutatingWebhookConfiguration",
    "APIService",
    "IngressClass",
    "CSIDriver",
    "RuntimeClass",
    "ValidatingAdmissionPolicy",
];

const WORKLOADS: [&str; 5] = ["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job"];

fn kind(object: &Value) -> &str {
    object.get("kind").and_then(Value::as_str).unwrap_or_default()
}

fn map_at<'a>(object: &'a mut Value, path: &[&str], create: bool) -> Option<&'a mut Map<String, Value>> {
    let mut at = object;
    for key in path {
        let Value::Object(map) = at else { return None };
        if !map.contains_key(*key) {
            if !create {
                return None;
            }
            map.insert((*key).to_owned(), Value::Object(Map::new()));
        }
        at = map.get_mut(*key)?;
        if at.is_null() && create {
            *at = Value::Object(Map::new());
        }
    }
    at.as_object_mut()
}

pub fn namespace(objects: &mut [Object], namespace: &str) {
    for object in objects {
        if CLUSTER_SCOPED.contains(&kind(&object.value)) {
            continue;
        }
        if let Some(meta) = map_at(&mut object.value, &["metadata"], true) {
            meta.insert("namespace".into(), Value::String(namespace.to_owned()));
        }
        // Subjects that are service accounts follow the namespace (kustomize does the same).
        if matches!(kind(&object.value), "RoleBinding" | "ClusterRoleBinding")
            && let Some(Value::Array(subjects)) = object.value.get_mut("subjects")
        {
            let accounts =
                subjects.iter_mut().filter(|s| s.get("kind").and_then(Value::as_str) == Some("ServiceAccount"));
            for subject in accounts {
                subject["namespace"] = Value::String(namespace.to_owned());
            }
        }
    }
}

/// Prefixes and suffixes names; returns (kind, old name, new name) for the references.
pub fn rename(objects: &mut [Object], prefix: &str, suffix: &str) -> Vec<(String, String, String)> {
    let mut renamed = Vec::new();
    for object in objects {
        if matches!(kind(&object.value), "CustomResourceDefinition" | "Namespace") {
            continue;
        }
        let Some(name) = object.value.pointer("/metadata/name").and_then(Value::as_str).map(str::to_owned) else {
            continue;
        };
        let new = format!("{prefix}{name}{suffix}");
        object.value["metadata"]["name"] = Value::String(new.clone());
        renamed.push((kind(&object.value).to_owned(), name, new));
    }
    renamed
}

/// The pod specs inside an object (a Pod's, a workload's template's, a CronJob's job template's).
fn pod_specs(object: &mut Value) -> Vec<&mut Map<String, Value>> {
    let path: &[&str] = match kind(object) {
        "Pod" => &["spec"],
        "CronJob" => &["spec", "jobTemplate", "spec", "template", "spec"],
        k if WORKLOADS.contains(&k) || k == "ReplicationController" => &["spec", "template", "spec"],
        _ => return Vec::new(),
    };
    map_at(object, path, false).into_iter().collect()
}

/// Points references at renamed objects (the fields Kustomize's `nameReference` covers most).
pub fn update_references(objects: &mut [Object], renamed: &[(String, String, String)]) {
    let lookup = |kind: &str, name: &str| {
        renamed.iter().find(|(k, old, _)| k == kind && old == name).map(|(_, _, new)| Value::String(new.clone()))
    };
    let fix = |slot: Option<&mut Value>, kind: &str| {
        if let Some(slot) = slot
            && let Some(new) = slot.as_str().and_then(|n| lookup(kind, n))
        {
            *slot = new;
        }
    };
    for object in objects {
        for spec in pod_specs(&mut object.value) {
            fix(spec.get_mut("serviceAccountName"), "ServiceAccount");
            for secret in spec.get_mut("imagePullSecrets").and_then(Value::as_array_mut).into_iter().flatten() {
                fix(secret.get_mut("name"), "Secret");
            }
            for volume in spec.get_mut("volumes").and_then(Value::as_array_mut).into_iter().flatten() {
                fix(volume.pointer_mut("/configMap/name"), "ConfigMap");
                fix(volume.pointer_mut("/secret/secretName"), "Secret");
                fix(volume.pointer_mut("/persistentVolumeClaim/claimName"), "PersistentVolumeClaim");
                for source in
                    volume.pointer_mut("/projected/sources").and_then(Value::as_array_mut).into_iter().flatten()
                {
                    fix(source.pointer_mut("/configMap/name"), "ConfigMap");
                    fix(source.pointer_mut("/secret/name"), "Secret");
                }
            }
            for list in ["containers", "initContainers"] {
                for container in spec.get_mut(list).and_then(Value::as_array_mut).into_iter().flatten() {
                    for from in container.get_mut("envFrom").and_then(Value::as_array_mut).into_iter().flatten() {
                        fix(from.pointer_mut("/configMapRef/name"), "ConfigMap");
                        fix(from.pointer_mut("/secretRef/name"), "Secret");
                    }
                    for env in container.get_mut("env").and_then(Value::as_array_mut).into_iter().flatten() {
                        fix(env.pointer_mut("/valueFrom/configMapKeyRef/name"), "ConfigMap");
                        fix(env.pointer_mut("/valueFrom/secretKeyRef/name"), "Secret");
                    }
                }
            }
        }
        let value = &mut object.value;
        match kind(value) {
            "StatefulSet" => fix(value.pointer_mut("/spec/serviceName"), "Service"),
            "HorizontalPodAutoscaler" => {
                let target =
                    value.pointer("/spec/scaleTargetRef/kind").and_then(Value::as_str).unwrap_or_default().to_owned();
                fix(value.pointer_mut("/spec/scaleTargetRef/name"), &target);
            }
            "RoleBinding" | "ClusterRoleBinding" => {
                let role = value.pointer("/roleRef/kind").and_then(Value::as_str).unwrap_or_default().to_owned();
                fix(value.pointer_mut("/roleRef/name"), &role);
                for subject in value.get_mut("subjects").and_then(Value::as_array_mut).into_iter().flatten() {
                    if subject.get("kind").and_then(Value::as_str) == Some("ServiceAccount") {
                        fix(subject.get_mut("name"), "ServiceAccount");
                    }
                }
            }
            "Ingress" => {
                fix(value.pointer_mut("/spec/defaultBackend/service/name"), "Service");
                for rule in value.pointer_mut("/spec/rules").and_then(Value::as_array_mut).into_iter().flatten() {
                    for path in rule.pointer_mut("/http/paths").and_then(Value::as_array_mut).into_iter().flatten() {
                        fix(path.pointer_mut("/backend/service/name"), "Service");
                    }
                }
                for tls in value.pointer_mut("/spec/tls").and_then(Value::as_array_mut).into_iter().flatten() {
                    fix(tls.get_mut("secretName"), "Secret");
                }
            }
            _ => {}
        }
    }
}

fn insert_all(map: &mut Map<String, Value>, pairs: &Map<String, Value>) {
    for (k, v) in pairs {
        map.insert(k.clone(), v.clone());
    }
}

/// Adds labels: always to `metadata.labels`; to selectors with `selectors`; to pod templates with
/// `templates` (or `selectors`).
pub fn labels(objects: &mut [Object], pairs: &Map<String, Value>, selectors: bool, templates: bool) {
    for object in objects {
        let value = &mut object.value;
        if let Some(meta) = map_at(value, &["metadata", "labels"], true) {
            insert_all(meta, pairs);
        }
        let k = kind(value).to_owned();
        let workload = WORKLOADS.contains(&k.as_str()) || k == "ReplicationController";
        if selectors {
            let selector: Option<(&[&str], bool)> = match k.as_str() {
                "Service" | "ReplicationController" => Some((&["spec", "selector"], true)),
                "Deployment" | "ReplicaSet" | "DaemonSet" | "StatefulSet" => {
                    Some((&["spec", "selector", "matchLabels"], true))
                }
                "Job" | "PodDisruptionBudget" => Some((&["spec", "selector", "matchLabels"], false)),
                "NetworkPolicy" => Some((&["spec", "podSelector", "matchLabels"], false)),
                _ => None,
            };
            if let Some((path, create)) = selector
                && let Some(map) = map_at(value, path, create)
            {
                insert_all(map, pairs);
            }
        }
        if selectors {
            for spec in pod_specs(value) {
                for constraint in
                    spec.get_mut("topologySpreadConstraints").and_then(Value::as_array_mut).into_iter().flatten()
                {
                    if let Some(Value::Object(map)) = constraint.pointer_mut("/labelSelector/matchLabels") {
                        insert_all(map, pairs);
                    }
                }
                for kind in ["podAffinity", "podAntiAffinity"] {
                    let Some(affinity) = spec.get_mut("affinity").and_then(|a| a.get_mut(kind)) else { continue };
                    for term in affinity
                        .get_mut("requiredDuringSchedulingIgnoredDuringExecution")
                        .and_then(Value::as_array_mut)
                        .into_iter()
                        .flatten()
                    {
                        if let Some(Value::Object(map)) = term.pointer_mut("/labelSelector/matchLabels") {
                            insert_all(map, pairs);
                        }
                    }
                    for term in affinity
                        .get_mut("preferredDuringSchedulingIgnoredDuringExecution")
                        .and_then(Value::as_array_mut)
                        .into_iter()
                        .flatten()
                    {
                        if let Some(Value::Object(map)) = term.pointer_mut("/podAffinityTerm/labelSelector/matchLabels")
                        {
                            insert_all(map, pairs);
                        }
                    }
                }
            }
        }
        if selectors || templates {
            let path: Option<&[&str]> = if workload {
                Some(&["spec", "template", "metadata", "labels"])
            } else if k == "CronJob" {
                Some(&["spec", "jobTemplate", "spec", "template", "metadata", "labels"])
            } else {
                None
            };
            if let Some(map) = path.and_then(|p| map_at(value, p, true)) {
                insert_all(map, pairs);
            }
        }
    }
}

pub fn annotations(objects: &mut [Object], pairs: &Map<String, Value>) {
    for object in objects {
        let value = &mut object.value;
        if let Some(meta) = map_at(value, &["metadata", "annotations"], true) {
            insert_all(meta, pairs);
        }
        let k = kind(value).to_owned();
        if WORKLOADS.contains(&k.as_str()) || k == "ReplicationController" {
            if let Some(map) = map_at(value, &["spec", "template", "metadata", "annotations"], true) {
                insert_all(map, pairs);
            }
        } else if k == "CronJob"
            && let Some(map) =
                map_at(value, &["spec", "jobTemplate", "spec", "template", "metadata", "annotations"], true)
        {
            insert_all(map, pairs);
        }
    }
}

/// The name part of an image reference (`reg:5000/app:1.0@sha256:..` -> `reg:5000/app`).
fn image_name(image: &str) -> &str {
    let without_digest = image.split('@').next().unwrap_or(image);
    match without_digest.rfind(':') {
        Some(at) if !without_digest[at..].contains('/') => &without_digest[..at],
        _ => without_digest,
    }
}

/// Sets images: in every pod spec's containers and init containers, and at the extra
/// `(kind, path)` field specs a kustomization's `configurations` give (`spec/x/containers[]/image`).
pub fn images(objects: &mut [Object], images: &[Value], extra: &[(String, String)]) {
    for object in objects {
        let kind = kind(&object.value).to_owned();
        for spec in pod_specs(&mut object.value) {
            for list in ["containers", "initContainers"] {
                for container in spec.get_mut(list).and_then(Value::as_array_mut).into_iter().flatten() {
                    if let Some(image) = container.get_mut("image") {
                        set_image(image, images);
                    }
                }
            }
        }
        for (_, path) in extra.iter().filter(|(k, _)| *k == kind) {
            let segments: Vec<&str> = path.split('/').collect();
            for slot in fields_at(&mut object.value, &segments) {
                set_image(slot, images);
            }
        }
    }
}

/// The fields a Kustomize field spec path reaches (`a/b[]/c`: `c` of every element of `b`).
fn fields_at<'a>(value: &'a mut Value, segments: &[&str]) -> Vec<&'a mut Value> {
    let Some((first, rest)) = segments.split_first() else { return vec![value] };
    let (key, each) = first.strip_suffix("[]").map_or((*first, false), |k| (k, true));
    let Some(next) = value.get_mut(key) else { return Vec::new() };
    match (each, next) {
        (true, Value::Array(items)) => items.iter_mut().flat_map(|i| fields_at(i, rest)).collect(),
        (true, _) => Vec::new(),
        (false, next) => fields_at(next, rest),
    }
}

fn set_image(slot: &mut Value, images: &[Value]) {
    let Some(current) = slot.as_str().map(str::to_owned) else { return };
    let name = image_name(&current);
    let Some(rule) = images.iter().find(|i| i.get("name").and_then(Value::as_str) == Some(name)) else { return };
    let new_name = rule.get("newName").and_then(Value::as_str).unwrap_or(name);
    let tag = current.split('@').next().unwrap_or(&current)[name.len()..].to_owned();
    let digest = current.split_once('@').map(|(_, d)| format!("@{d}")).unwrap_or_default();
    let image = if let Some(d) = rule.get("digest").and_then(Value::as_str) {
        format!("{new_name}@{d}")
    } else if let Some(t) = rule.get("newTag").map(|t| t.as_str().map_or_else(|| t.to_string(), str::to_owned)) {
        format!("{new_name}:{t}")
    } else {
        format!("{new_name}{tag}{digest}")
    };
    *slot = Value::String(image);
}

pub fn replicas(objects: &mut [Object], replicas: &[Value]) {
    for object in objects {
        let name = object.value.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default().to_owned();
        if let Some(rule) = replicas.iter().find(|r| r.get("name").and_then(Value::as_str) == Some(&name))
            && let Some(spec) = map_at(&mut object.value, &["spec"], true)
        {
            spec.insert("replicas".into(), rule.get("count").cloned().unwrap_or(Value::Null));
        }
    }
}
