//! The data a template sees besides `.Values`: `.Release` (as `helm template` sets it), `.Chart`
//! (`Chart.yaml` with Go's field names), `.Capabilities` (Helm 4.1's defaults: Kubernetes v1.35.0
//! and its built-in API versions), `.Template` and `.Files`; and the functions over `.Files` and
//! `.Capabilities.APIVersions` (methods in Go, functions here: see `source.rs`).

use std::collections::BTreeMap;
use std::sync::Arc;

use base64::Engine as _;
use gotmpl::{FuncMap, Value};
use serde_json::Value as Json;

use super::chart::Chart;
use super::convert::{as_list, as_map, from_json, map_value};
use super::funcs_strings::{add, arg, s, text};
use crate::render::to_yaml::to_yaml;

pub const KUBE_VERSION: &str = "v1.35.0";
pub const HELM_VERSION: &str = "v4.1.4";

/// The API versions `helm template` assumes without a cluster.
const API_VERSIONS: &str = "v1 admissionregistration.k8s.io/v1 admissionregistration.k8s.io/v1alpha1 \
admissionregistration.k8s.io/v1beta1 internal.apiserver.k8s.io/v1alpha1 apps/v1 apps/v1beta1 apps/v1beta2 \
authentication.k8s.io/v1 authentication.k8s.io/v1alpha1 authentication.k8s.io/v1beta1 authorization.k8s.io/v1 \
authorization.k8s.io/v1beta1 autoscaling/v1 autoscaling/v2 autoscaling/v2beta1 autoscaling/v2beta2 batch/v1 \
batch/v1beta1 certificates.k8s.io/v1 certificates.k8s.io/v1beta1 certificates.k8s.io/v1alpha1 \
coordination.k8s.io/v1alpha2 coordination.k8s.io/v1beta1 coordination.k8s.io/v1 discovery.k8s.io/v1 \
discovery.k8s.io/v1beta1 events.k8s.io/v1 events.k8s.io/v1beta1 extensions/v1beta1 flowcontrol.apiserver.k8s.io/v1 \
flowcontrol.apiserver.k8s.io/v1beta1 flowcontrol.apiserver.k8s.io/v1beta2 flowcontrol.apiserver.k8s.io/v1beta3 \
networking.k8s.io/v1 networking.k8s.io/v1beta1 node.k8s.io/v1 node.k8s.io/v1alpha1 node.k8s.io/v1beta1 policy/v1 \
policy/v1beta1 rbac.authorization.k8s.io/v1 rbac.authorization.k8s.io/v1beta1 rbac.authorization.k8s.io/v1alpha1 \
resource.k8s.io/v1 resource.k8s.io/v1beta2 resource.k8s.io/v1beta1 resource.k8s.io/v1alpha3 \
scheduling.k8s.io/v1alpha1 scheduling.k8s.io/v1beta1 scheduling.k8s.io/v1 storage.k8s.io/v1beta1 storage.k8s.io/v1 \
storage.k8s.io/v1alpha1 storagemigration.k8s.io/v1beta1 apiextensions.k8s.io/v1beta1 apiextensions.k8s.io/v1";

/// Release settings (`helm template NAME --namespace NS`).
#[derive(Debug, Clone)]
pub struct Release {
    pub name: String,
    pub namespace: String,
}

impl Default for Release {
    fn default() -> Self {
        Release { name: "release-name".into(), namespace: "default".into() }
    }
}

/// `.Chart`: `Chart.yaml`'s keys as Go's `Metadata` fields (`apiVersion` -> `APIVersion`).
fn chart_value(chart: &Chart, is_root: bool) -> Value {
    let mut fields: BTreeMap<Arc<str>, Value> = BTreeMap::new();
    if let Json::Object(map) = &chart.metadata {
        for (key, value) in map {
            let field = match key.as_str() {
                "apiVersion" => "APIVersion".to_owned(),
                other => {
                    other.chars().next().map(|c| c.to_uppercase().collect::<String>() + &other[1..]).unwrap_or_default()
                }
            };
            fields.insert(Arc::from(field), from_json(value));
        }
    }
    fields.insert("Name".into(), s(chart.name.clone()));
    fields.insert("IsRoot".into(), Value::Bool(is_root));
    Value::Map(Arc::new(fields))
}

fn capabilities() -> Value {
    let (major, minor) = ("1", KUBE_VERSION.trim_start_matches("v1.").split('.').next().unwrap_or("35"));
    let kube = map_value([
        ("Version", s(KUBE_VERSION)),
        ("GitVersion", s(KUBE_VERSION)),
        ("Major", s(major)),
        ("Minor", s(minor)),
    ]);
    let apis = Value::List(API_VERSIONS.split_whitespace().map(s).collect());
    let helm = map_value([("Version", s(HELM_VERSION)), ("GitTreeState", s("clean"))]);
    map_value([("KubeVersion", kube), ("APIVersions", apis), ("HelmVersion", helm)])
}

/// `.Files` of a chart: path -> content.
fn files_value(chart: &Chart) -> Value {
    map_value(chart.files.iter().map(|(path, bytes)| (path.as_str(), s(String::from_utf8_lossy(bytes)))))
}

/// The top-level data of one chart's templates, without `.Template` (set per template).
pub fn chart_data(chart: &Chart, values: Value, release: &Release, is_root: bool) -> BTreeMap<Arc<str>, Value> {
    let release = map_value([
        ("Name", s(release.name.clone())),
        ("Namespace", s(release.namespace.clone())),
        ("Service", s("Helm")),
        ("Revision", Value::Int(1)),
        ("IsInstall", Value::Bool(true)),
        ("IsUpgrade", Value::Bool(false)),
    ]);
    let mut data = BTreeMap::new();
    data.insert(Arc::from("Values"), values);
    data.insert(Arc::from("Release"), release);
    data.insert(Arc::from("Chart"), chart_value(chart, is_root));
    data.insert(Arc::from("Capabilities"), capabilities());
    data.insert(Arc::from("Files"), files_value(chart));
    data
}

/// `.Template` for a template of a chart whose templates live under `base`.
pub fn template_value(name: &str, base: &str) -> Value {
    map_value([("Name", s(name)), ("BasePath", s(base))])
}

/// The functions standing for `.Files.Get/Glob/Lines/AsConfig/AsSecrets` and
/// `.Capabilities.APIVersions.Has`.
pub fn register(m: &mut FuncMap) {
    add(m, "helmFilesGet", |a| Ok(as_map(arg(a, 0)).get(text(a, 1).as_str()).cloned().unwrap_or_else(|| s(""))));
    add(m, "helmFilesGetBytes", |a| Ok(as_map(arg(a, 0)).get(text(a, 1).as_str()).cloned().unwrap_or_else(|| s(""))));
    add(m, "helmFilesLines", |a| {
        let content = as_map(arg(a, 0)).get(text(a, 1).as_str()).map(super::convert::to_text).unwrap_or_default();
        Ok(Value::List(content.split('\n').map(s).collect()))
    });
    add(m, "helmFilesGlob", |a| {
        let glob = globset::GlobBuilder::new(&text(a, 1)).literal_separator(true).build();
        let Ok(glob) = glob.map(|g| g.compile_matcher()) else { return Ok(map_value([])) };
        Ok(Value::Map(Arc::new(as_map(arg(a, 0)).into_iter().filter(|(path, _)| glob.is_match(&**path)).collect())))
    });
    add(m, "helmFilesAsConfig", |a| Ok(s(as_files(arg(a, 0), false))));
    add(m, "helmFilesAsSecrets", |a| Ok(s(as_files(arg(a, 0), true))));
    add(m, "helmApiVersionsHas", |a| {
        let wanted = text(a, 1);
        Ok(Value::Bool(as_list(arg(a, 0)).iter().any(|v| super::convert::to_text(v) == wanted)))
    });
}

/// `AsConfig`/`AsSecrets`: the files by base name as a YAML map (secrets base64-encoded).
fn as_files(files: &Value, encode: bool) -> String {
    let mut map = serde_json::Map::new();
    for (path, content) in as_map(files) {
        let name = path.rsplit('/').next().unwrap_or_default().to_owned();
        let content = super::convert::to_text(&content);
        let content = if encode { base64::engine::general_purpose::STANDARD.encode(content) } else { content };
        map.insert(name, Json::String(content));
    }
    if map.is_empty() { String::new() } else { to_yaml(&Json::Object(map)) }
}
