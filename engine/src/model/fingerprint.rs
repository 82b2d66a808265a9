//! Stable finding fingerprints: rule + resource identity + attribute path, never line numbers,
//! so moved code and resources moved between files of one module keep their fingerprint.

use sha2::{Digest, Sha256};

pub fn fingerprint(rule_id: &str, identity: &str, attribute: Option<&str>) -> String {
    let mut hasher = Sha256::new();
    for part in [rule_id, identity, attribute.unwrap_or("")] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    let digest = hasher.finalize();
    hex::encode(&digest[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differs_by_each_part_only() {
        let a = fingerprint("AWS001", "infra::aws_s3_bucket.a", None);
        assert_eq!(a.len(), 32);
        assert_eq!(a, fingerprint("AWS001", "infra::aws_s3_bucket.a", None));
        assert_ne!(a, fingerprint("AWS002", "infra::aws_s3_bucket.a", None));
        assert_ne!(a, fingerprint("AWS001", "infra::aws_s3_bucket.a", Some("acl")));
    }
}
