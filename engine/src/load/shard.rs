//! Sharding: `--shard K/N` splits a scan so that N jobs (a GitHub Actions matrix) cover every Terraform
//! root module and every other file exactly once. A unit's shard depends only on its own path: a root
//! module's directory, or a file's path. Every shard reads all Terraform (so it knows which modules
//! are roots), evaluates the roots it owns with the modules they call, and reports a file's own
//! errors only in the shard of the file's directory.

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use super::dir_of;
use crate::git::is_terraform;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// 1-based.
    pub index: u32,
    pub count: u32,
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || format!("shard `{text}` is not K/N with 1 <= K <= N (for example 2/4)");
        let (k, n) = text.split_once('/').ok_or_else(bad)?;
        let shard = Shard { index: k.trim().parse().map_err(|_| bad())?, count: n.trim().parse().map_err(|_| bad())? };
        if shard.index == 0 || shard.count == 0 || shard.index > shard.count {
            return Err(bad());
        }
        Ok(shard)
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Shard {
    /// Whether this shard reports a file (its errors, its count): Terraform files go by module
    /// directory, others by path. Terraform resources go by root module instead (`owns_dir` of the
    /// root): a called module is evaluated with its callers, in their shards.
    pub fn owns(&self, display: &str) -> bool {
        let unit = if is_terraform(display) { dir_of(display) } else { display };
        self.owns_dir(unit)
    }

    /// Whether this shard takes a unit (a root module's directory, or a file's path).
    pub fn owns_dir(&self, unit: &str) -> bool {
        let digest = Sha256::digest(unit.as_bytes());
        let mut head = [0u8; 8];
        head.copy_from_slice(&digest[..8]);
        u64::from_be_bytes(head) % u64::from(self.count) == u64::from(self.index - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_partition_units() {
        let paths = ["a/main.tf", "a/vars.tf", "b/main.tf", "k8s/x.yaml", "k8s/y.yaml", "c/main.tf", "d.json"];
        let shards: Vec<Shard> = (1..=3).map(|k| format!("{k}/3").parse().unwrap()).collect();
        for path in paths {
            assert_eq!(shards.iter().filter(|s| s.owns(path)).count(), 1, "{path}");
        }
        let owner = |p: &str| shards.iter().position(|s| s.owns(p));
        assert_eq!(owner("a/main.tf"), owner("a/vars.tf"));
        assert!("0/2".parse::<Shard>().is_err() && "3/2".parse::<Shard>().is_err() && "x".parse::<Shard>().is_err());
    }
}
