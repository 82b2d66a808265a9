//! Module sources as Terraform reads them (`source = "..."` of a `module` block): local paths, the
//! registry (`[HOST/]NAMESPACE/NAME/PROVIDER`), git (`git::URL`, `github.com/ORG/REPO` shorthands,
//! `?ref=`), and `https://` archives, each with an optional `//subdir`.

/// Where a module comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModuleSource {
    /// `./x`, `../x`: in the caller's tree, never fetched.
    Local(String),
    Registry {
        host: String,
        namespace: String,
        name: String,
        provider: String,
        subdir: String,
    },
    /// `url` without the `git::` prefix and without `ref`; `reference`: a tag, branch or commit.
    Git {
        url: String,
        reference: Option<String>,
        subdir: String,
    },
    /// An archive (`.tar.gz`, `.tgz`, `.zip`) over HTTPS.
    Archive {
        url: String,
        subdir: String,
    },
    /// Sources tollgate does not fetch (S3, GCS, Mercurial, plain HTTP pages): with the reason.
    Unsupported(String),
}

/// The public registry's host, for sources without one.
pub const DEFAULT_REGISTRY: &str = "registry.terraform.io";

/// Splits `address//subdir?query` into the address (query kept) and the subdirectory. The `//` of a
/// scheme (`https://`) is not a subdirectory separator.
pub fn split_subdir(source: &str) -> (String, String) {
    let start = source.find("://").map_or(0, |i| i + 3);
    let (body, query) = match source[start..].find('?') {
        Some(i) => (&source[..start + i], &source[start + i..]),
        None => (source, ""),
    };
    match body[start..].find("//") {
        Some(i) => {
            let cut = start + i;
            (format!("{}{query}", &body[..cut]), body[cut + 2..].trim_matches('/').to_owned())
        }
        None => (source.to_owned(), String::new()),
    }
}

/// Takes `ref=` out of a URL's query; the other parameters (`depth`) are dropped.
fn take_ref(url: &str) -> (String, Option<String>) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_owned(), None);
    };
    let reference = query.split('&').find_map(|p| p.strip_prefix("ref=")).map(str::to_owned);
    (base.to_owned(), reference)
}

fn is_registry_part(part: &str) -> bool {
    !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl ModuleSource {
    pub fn parse(source: &str) -> ModuleSource {
        let source = source.trim();
        if source.starts_with("./") || source.starts_with("../") || source == "." || source == ".." {
            return ModuleSource::Local(source.to_owned());
        }
        let (address, subdir) = split_subdir(source);
        if let Some(rest) = address.strip_prefix("git::") {
            let (url, reference) = take_ref(rest);
            return ModuleSource::Git { url, reference, subdir };
        }
        for (prefix, host) in [("github.com/", "https://github.com/"), ("bitbucket.org/", "https://bitbucket.org/")] {
            if let Some(path) = address.strip_prefix(prefix) {
                let (path, reference) = take_ref(path);
                let path = path.trim_end_matches(".git");
                return ModuleSource::Git { url: format!("{host}{path}.git"), reference, subdir };
            }
        }
        if let Some((forced, _)) = address.split_once("::") {
            return ModuleSource::Unsupported(format!("`{forced}::` sources are not fetched"));
        }
        if address.starts_with("git@") {
            let (url, reference) = take_ref(&address);
            return ModuleSource::Git { url, reference, subdir };
        }
        if address.starts_with("https://") || address.starts_with("http://") {
            let (path, _) = address.split_once('?').unwrap_or((&address, ""));
            let archive = [".tar.gz", ".tgz", ".zip"].iter().any(|e| path.ends_with(e)) || address.contains("archive=");
            if path.ends_with(".git") {
                let (url, reference) = take_ref(&address);
                return ModuleSource::Git { url, reference, subdir };
            }
            return match archive {
                true => ModuleSource::Archive { url: address, subdir },
                false => ModuleSource::Unsupported("an HTTP URL that is not an archive (.tar.gz, .tgz, .zip)".into()),
            };
        }
        if address.starts_with("s3::") || address.starts_with("gcs::") || address.contains(".s3.amazonaws.com") {
            return ModuleSource::Unsupported("S3 and GCS sources are not fetched".into());
        }
        let parts: Vec<&str> = address.split('/').collect();
        let registry = |host: &str, p: &[&str]| ModuleSource::Registry {
            host: host.to_lowercase(),
            namespace: p[0].to_owned(),
            name: p[1].to_owned(),
            provider: p[2].to_owned(),
            subdir: subdir.clone(),
        };
        match parts.as_slice() {
            [_, _, _] if parts.iter().all(|p| is_registry_part(p)) => registry(DEFAULT_REGISTRY, &parts),
            [host, rest @ ..] if rest.len() == 3 && host.contains('.') && rest.iter().all(|p| is_registry_part(p)) => {
                registry(host, rest)
            }
            _ => ModuleSource::Unsupported(format!("`{source}` is not a source tollgate recognizes")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry(host: &str, ns: &str, name: &str, provider: &str, subdir: &str) -> ModuleSource {
        ModuleSource::Registry {
            host: host.into(),
            namespace: ns.into(),
            name: name.into(),
            provider: provider.into(),
            subdir: subdir.into(),
        }
    }

    #[test]
    fn sources_parse_as_terraform_reads_them() {
        assert_eq!(ModuleSource::parse("./modules/vpc"), ModuleSource::Local("./modules/vpc".into()));
        assert_eq!(
            ModuleSource::parse("terraform-aws-modules/vpc/aws"),
            registry(DEFAULT_REGISTRY, "terraform-aws-modules", "vpc", "aws", "")
        );
        assert_eq!(
            ModuleSource::parse("app.terraform.io/acme/bucket/aws//modules/private"),
            registry("app.terraform.io", "acme", "bucket", "aws", "modules/private")
        );
        assert_eq!(
            ModuleSource::parse("127.0.0.1:8080/acme/bucket/aws"),
            registry("127.0.0.1:8080", "acme", "bucket", "aws", "")
        );
        assert_eq!(
            ModuleSource::parse("git::https://example.com/network.git//modules/vpc?ref=v1.2.0"),
            ModuleSource::Git {
                url: "https://example.com/network.git".into(),
                reference: Some("v1.2.0".into()),
                subdir: "modules/vpc".into()
            }
        );
        assert_eq!(
            ModuleSource::parse("github.com/acme/terraform-modules//s3?ref=main"),
            ModuleSource::Git {
                url: "https://github.com/acme/terraform-modules.git".into(),
                reference: Some("main".into()),
                subdir: "s3".into()
            }
        );
        assert_eq!(
            ModuleSource::parse("https://example.com/vpc-1.0.tar.gz//vpc"),
            ModuleSource::Archive { url: "https://example.com/vpc-1.0.tar.gz".into(), subdir: "vpc".into() }
        );
        assert!(matches!(ModuleSource::parse("s3::https://s3.amazonaws.com/b/vpc.zip"), ModuleSource::Unsupported(_)));
    }
}
