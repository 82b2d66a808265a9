//! The Terraform module registry protocol: service discovery (`/.well-known/terraform.json`, or the
//! CLI configuration's `host` block), the `modules.v1` versions list, and the download location a
//! registry gives in `X-Terraform-Get` (relative locations resolved against the download URL).
//! Requests carry the host's token as a bearer token.

use reqwest::Url;

use super::http::Http;
use super::terraformrc::CliConfig;

/// One registry module: `HOST/NAMESPACE/NAME/PROVIDER`.
pub struct RegistryModule<'a> {
    pub host: &'a str,
    pub namespace: &'a str,
    pub name: &'a str,
    pub provider: &'a str,
}

pub struct Registry<'a> {
    pub http: &'a Http,
    pub config: &'a CliConfig,
}

/// Whether a host (with any port) is a loopback address: discovery there is plain HTTP.
fn loopback_host(host: &str) -> bool {
    let name = host.rsplit_once(':').map_or(host, |(name, port)| if port.parse::<u16>().is_ok() { name } else { host });
    name == "localhost" || name.trim_matches(['[', ']']).parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

impl Registry<'_> {
    /// The `modules.v1` base URL of a host.
    fn base(&self, host: &str) -> Result<Url, String> {
        if let Some(url) = self.config.service(host, "modules.v1") {
            return Url::parse(url).map_err(|e| format!("the CLI configuration's modules.v1 URL for {host}: {e}"));
        }
        let scheme = if loopback_host(host) { "http" } else { "https" };
        let discovery = Url::parse(&format!("{scheme}://{host}/.well-known/terraform.json"))
            .map_err(|e| format!("registry host `{host}`: {e}"))?;
        let services = self.http.json(&discovery, None)?;
        let base = services["modules.v1"]
            .as_str()
            .ok_or_else(|| format!("{discovery}: the host offers no modules.v1 service"))?;
        discovery.join(base).map_err(|e| format!("{discovery}: modules.v1 `{base}`: {e}"))
    }

    fn module_url(&self, module: &RegistryModule<'_>, tail: &str) -> Result<Url, String> {
        let base = self.base(module.host)?;
        let path = format!("{}/{}/{}/{tail}", module.namespace, module.name, module.provider);
        let base = if base.as_str().ends_with('/') {
            base
        } else {
            Url::parse(&format!("{base}/")).map_err(|e| e.to_string())?
        };
        base.join(&path).map_err(|e| format!("{base}{path}: {e}"))
    }

    /// Every version the registry lists for a module.
    pub fn versions(&self, module: &RegistryModule<'_>) -> Result<Vec<String>, String> {
        let url = self.module_url(module, "versions")?;
        let listed = self.http.json(&url, self.config.token(module.host).as_deref())?;
        let versions: Vec<String> = listed["modules"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|m| m["versions"].as_array().into_iter().flatten())
            .filter_map(|v| v["version"].as_str().map(str::to_owned))
            .collect();
        if versions.is_empty() {
            return Err(format!("{url}: no versions listed"));
        }
        Ok(versions)
    }

    /// Where a version's code is (a source address: a git URL, an archive), from `X-Terraform-Get`.
    pub fn location(&self, module: &RegistryModule<'_>, version: &str) -> Result<String, String> {
        let url = self.module_url(module, &format!("{version}/download"))?;
        let response = self.http.get(&url, self.config.token(module.host).as_deref())?;
        let location = response
            .headers()
            .get("X-Terraform-Get")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .ok_or_else(|| format!("{url}: no X-Terraform-Get header"))?;
        // A relative location is relative to the download URL; a forced getter (`git::`) or a
        // shorthand (`github.com/...`) stays as it is.
        if location.starts_with("./") || location.starts_with("../") || location.starts_with('/') {
            return url.join(&location).map(|u| u.to_string()).map_err(|e| format!("{url}: `{location}`: {e}"));
        }
        Ok(location)
    }
}
