//! The region a resource is priced in when it names none itself: its root module's default
//! `provider "aws"` / `provider "google"` block's `region` (what Terraform deploys it to), else the
//! command line's default (`--aws-region`, `--gcp-region`). A resource given an aliased provider
//! (`provider = aws.west`) still takes the default provider's region: the alias is not read yet.

use std::collections::HashMap;

use super::pricer::Defaults;
use crate::model::resource::Resource;

/// Default regions per root module directory (the prefix of a Terraform resource's identity).
#[derive(Debug, Default)]
pub struct ProviderRegions {
    by_root: HashMap<String, Defaults>,
}

fn root_of(resource: &Resource) -> Option<&str> {
    resource.identity.split_once("::").map(|(root, _)| root)
}

impl ProviderRegions {
    /// Reads the unaliased `provider.aws` and `provider.google` blocks of every root module.
    pub fn new(resources: &[Resource], defaults: &Defaults) -> Self {
        let mut by_root: HashMap<String, Defaults> = HashMap::new();
        for provider in resources.iter().filter(|r| r.is_setting() && r.resource_type == "provider") {
            let Some(root) = root_of(provider) else { continue };
            let Some(region) = provider.values.get("region").and_then(|v| v.as_str()) else { continue };
            let entry = by_root.entry(root.to_owned()).or_insert_with(|| defaults.clone());
            match provider.address.as_str() {
                "provider.aws" => entry.aws_region = region.to_owned(),
                "provider.google" | "provider.google-beta" => entry.gcp_region = region.to_owned(),
                _ => {}
            }
        }
        ProviderRegions { by_root }
    }

    /// The defaults a resource is priced with.
    pub fn defaults_for<'a>(&'a self, resource: &Resource, defaults: &'a Defaults) -> &'a Defaults {
        root_of(resource).and_then(|root| self.by_root.get(root)).unwrap_or(defaults)
    }
}
