//! A Terraform module registry on 127.0.0.1 (on `local_http`): service discovery, the `modules.v1`
//! versions list and `download` endpoint answering 204 with `X-Terraform-Get`, archives it serves
//! itself, a bearer token it requires, and answers it delays (for time limits).

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{Arc, Mutex};

use serde_json::json;

use crate::local_http::{RawAnswer, start_raw};

/// One module version: its archive, and the location `download` gives when not the archive's.
pub struct Version {
    pub version: &'static str,
    pub archive: Vec<u8>,
    pub location: Option<String>,
}

#[derive(Default)]
struct State {
    /// "namespace/name/provider" to its versions.
    modules: BTreeMap<String, Vec<Version>>,
    /// Paths answered only after this many seconds.
    slow: Vec<String>,
    requests: Vec<(String, Option<String>)>,
}

pub struct FakeRegistry {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    state: Arc<Mutex<State>>,
}

/// The token every `/v1/` request must carry.
pub const TOKEN: &str = "registry-token-7f3a";

/// A `.tar.gz` of these files.
pub fn tar_gz(files: &[(&str, &str)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
    for (path, text) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        builder.append_data(&mut header, path, text.as_bytes()).expect("tar entry");
    }
    let mut encoder = builder.into_inner().expect("tar");
    encoder.flush().expect("flush");
    encoder.finish().expect("gzip")
}

fn answer(status: u16, headers: Vec<(String, String)>, body: Vec<u8>) -> RawAnswer {
    RawAnswer { status, headers, body }
}

impl FakeRegistry {
    pub fn start() -> FakeRegistry {
        let state: Arc<Mutex<State>> = Arc::default();
        let shared = Arc::clone(&state);
        let url = start_raw(move |request| {
            let path = request.path.clone();
            let slow = {
                let mut state = shared.lock().expect("state");
                state.requests.push((path.clone(), request.authorization.clone()));
                state.slow.contains(&path)
            };
            if slow {
                std::thread::sleep(std::time::Duration::from_secs(5));
            }
            let state = shared.lock().expect("state");
            let json = |status: u16, body: serde_json::Value| {
                answer(status, vec![("content-type".into(), "application/json".into())], body.to_string().into_bytes())
            };
            if path == "/.well-known/terraform.json" {
                return json(200, json!({"modules.v1": "/v1/modules/"}));
            }
            if let Some(rest) = path.strip_prefix("/v1/modules/") {
                if request.authorization.as_deref() != Some(&format!("Bearer {TOKEN}")) {
                    return json(401, json!({"errors": ["unauthorized"]}));
                }
                let parts: Vec<&str> = rest.split('/').collect();
                let key = parts.iter().take(3).copied().collect::<Vec<_>>().join("/");
                let Some(versions) = state.modules.get(&key) else {
                    return json(404, json!({"errors": ["not found"]}));
                };
                return match parts.get(3..) {
                    Some(["versions"]) => {
                        let listed: Vec<_> = versions.iter().map(|v| json!({"version": v.version})).collect();
                        json(200, json!({"modules": [{"source": key, "versions": listed}]}))
                    }
                    Some([version, "download"]) if versions.iter().any(|v| v.version == *version) => {
                        let found = versions.iter().find(|v| v.version == *version).and_then(|v| v.location.clone());
                        let location = found.unwrap_or_else(|| format!("/archives/{key}/{version}.tar.gz"));
                        answer(204, vec![("X-Terraform-Get".into(), location)], Vec::new())
                    }
                    _ => json(404, json!({"errors": ["not found"]})),
                };
            }
            if path == "/moved" {
                // A redirect off loopback to plain HTTP: a client must not follow it.
                return answer(302, vec![("location".into(), "http://192.0.2.1/module.tar.gz".into())], Vec::new());
            }
            if let Some(rest) = path.strip_prefix("/archives/") {
                let (key, file) = rest.rsplit_once('/').unwrap_or_default();
                let version = file.trim_end_matches(".tar.gz");
                if let Some(found) = state.modules.get(key).and_then(|v| v.iter().find(|v| v.version == version)) {
                    return answer(
                        200,
                        vec![("content-type".into(), "application/gzip".into())],
                        found.archive.clone(),
                    );
                }
            }
            json(404, json!({"errors": ["not found"]}))
        });
        FakeRegistry { url, state }
    }

    /// Publishes a module version (replacing one of the same number).
    pub fn publish(&self, module: &str, version: &'static str, archive: Vec<u8>) {
        let mut state = self.state.lock().expect("state");
        let versions = state.modules.entry(module.to_owned()).or_default();
        versions.retain(|v| v.version != version);
        versions.push(Version { version, archive, location: None });
    }

    /// Publishes a version whose download location is `location`.
    pub fn publish_location(&self, module: &str, version: &'static str, location: &str) {
        let mut state = self.state.lock().expect("state");
        let versions = state.modules.entry(module.to_owned()).or_default();
        versions.push(Version { version, archive: Vec::new(), location: Some(location.to_owned()) });
    }

    /// Delays the answers to this path by 5 seconds.
    pub fn slow(&self, path: &str) {
        self.state.lock().expect("state").slow.push(path.to_owned());
    }

    /// The paths requested so far, with their Authorization header.
    pub fn requests(&self) -> Vec<(String, Option<String>)> {
        self.state.lock().expect("state").requests.clone()
    }

    /// A Terraform CLI configuration pointing `host` at this registry.
    pub fn cli_config(&self, host: &str) -> String {
        format!("host \"{host}\" {{\n  services = {{\n    \"modules.v1\" = \"{}/v1/modules/\"\n  }}\n}}\n", self.url)
    }
}
