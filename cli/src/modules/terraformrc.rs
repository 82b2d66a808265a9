//! The Terraform CLI configuration as Terraform reads it for module registries: the file named by
//! `TF_CLI_CONFIG_FILE`, else `~/.terraformrc`; its `host` blocks (service URLs that replace
//! discovery, which is how a registry host is pointed at a server on 127.0.0.1) and `credentials`
//! blocks; `TF_TOKEN_<host>` variables (dots as `_`, dashes as `__`), which win over the file; and
//! the tokens `terraform login` saved in `~/.terraform.d/credentials.tfrc.json`.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// What the CLI configuration says of registry hosts.
#[derive(Debug, Clone, Default)]
pub struct CliConfig {
    /// Host to service id (`modules.v1`) to URL.
    services: BTreeMap<String, BTreeMap<String, String>>,
    /// Host to token, from `credentials` blocks and `credentials.tfrc.json`.
    tokens: BTreeMap<String, String>,
}

impl CliConfig {
    /// Reads the configuration; a file that does not parse is an error naming it.
    pub fn load() -> Result<CliConfig, String> {
        let mut config = CliConfig::default();
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let path = std::env::var_os("TF_CLI_CONFIG_FILE")
            .map(PathBuf::from)
            .or_else(|| home.as_ref().map(|h| h.join(".terraformrc")));
        if let Some(path) = path.filter(|p| p.is_file()) {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let body: hcl::Body = hcl::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            config.read_blocks(&body);
        }
        if let Some(saved) = home.map(|h| h.join(".terraform.d/credentials.tfrc.json")).filter(|p| p.is_file()) {
            let text = std::fs::read_to_string(&saved).unwrap_or_default();
            let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            for (host, entry) in json["credentials"].as_object().into_iter().flatten() {
                if let Some(token) = entry["token"].as_str() {
                    config.tokens.entry(host.to_lowercase()).or_insert_with(|| token.to_owned());
                }
            }
        }
        Ok(config)
    }

    fn read_blocks(&mut self, body: &hcl::Body) {
        for block in body.blocks() {
            let Some(host) = block.labels().first().map(|l| l.as_str().to_lowercase()) else { continue };
            match block.identifier() {
                "host" => {
                    let services = block.body().attributes().find(|a| a.key() == "services");
                    if let Some(hcl::Expression::Object(object)) = services.map(|a| a.expr()) {
                        for (key, value) in object {
                            let key = match key {
                                hcl::ObjectKey::Identifier(id) => id.to_string(),
                                hcl::ObjectKey::Expression(hcl::Expression::String(s)) => s.clone(),
                                _ => continue,
                            };
                            if let hcl::Expression::String(url) = value {
                                self.services.entry(host.clone()).or_default().insert(key, url.clone());
                            }
                        }
                    }
                }
                "credentials" => {
                    let token = block.body().attributes().find(|a| a.key() == "token");
                    if let Some(hcl::Expression::String(token)) = token.map(|a| a.expr()) {
                        self.tokens.insert(host, token.clone());
                    }
                }
                _ => {}
            }
        }
    }

    /// The URL a `host` block gives a service of a host, replacing discovery.
    pub fn service(&self, host: &str, service: &str) -> Option<&str> {
        self.services.get(&host.to_lowercase())?.get(service).map(String::as_str)
    }

    /// The token for a host: `TF_TOKEN_<host>` first, then the configuration's.
    pub fn token(&self, host: &str) -> Option<String> {
        let host = host.to_lowercase();
        std::env::var(token_variable(&host)).ok().filter(|t| !t.is_empty()).or_else(|| self.tokens.get(&host).cloned())
    }
}

/// The variable Terraform reads a host's token from: `TF_TOKEN_` and the host, dots as `_`, dashes
/// as `__` (a port's colon is not allowed in a name: as `_`).
pub fn token_variable(host: &str) -> String {
    format!("TF_TOKEN_{}", host.replace('-', "__").replace(['.', ':'], "_"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_blocks_and_credentials_are_read() {
        let body: hcl::Body = hcl::from_str(
            "host \"registry.acme.internal\" {\n  services = {\n    \"modules.v1\" = \"http://127.0.0.1:8080/v1/modules/\"\n  }\n}\ncredentials \"registry.acme.internal\" {\n  token = \"abc\"\n}\n",
        )
        .unwrap();
        let mut config = CliConfig::default();
        config.read_blocks(&body);
        assert_eq!(config.service("Registry.Acme.Internal", "modules.v1"), Some("http://127.0.0.1:8080/v1/modules/"));
        assert_eq!(config.tokens.get("registry.acme.internal").map(String::as_str), Some("abc"));
        assert_eq!(token_variable("my-registry.example.com"), "TF_TOKEN_my__registry_example_com");
    }
}
