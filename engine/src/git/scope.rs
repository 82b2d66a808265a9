//! What a change affects: a changed Terraform file brings in its whole module directory (evaluation
//! needs all of it), and a changed local module brings in every root module that calls it, transitively.
//! Other files (Kubernetes, CloudFormation, plan JSON) stand alone.

use std::collections::{BTreeMap, BTreeSet};

use crate::load::{MemoryFile, dir_of};
use crate::normalize::terraform::join_dir;

/// Files that belong to a Terraform module directory.
pub fn is_terraform(path: &str) -> bool {
    [".tf", ".tf.json", ".tfvars", ".tfvars.json"].iter().any(|ext| path.ends_with(ext))
}

/// The paths to scan, as directories (all their Terraform files) and single files.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Affected {
    pub dirs: BTreeSet<String>,
    pub files: BTreeSet<String>,
}

impl Affected {
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains(path) || (is_terraform(path) && self.dirs.contains(dir_of(path)))
    }
}

/// Callee module directory to the directories that call it with a local `source = "./..."` or `"../..."`.
/// A quick text scan, no parse: it may over-include (a file `source` of another resource), never miss.
pub fn module_callers(files: &[MemoryFile]) -> BTreeMap<String, BTreeSet<String>> {
    let mut callers: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files.iter().filter(|f| f.display.ends_with(".tf")) {
        let text = String::from_utf8_lossy(&file.data);
        let dir = dir_of(&file.display);
        for line in text.lines() {
            let Some(rest) = line.trim_start().strip_prefix("source") else { continue };
            let Some(value) = rest.trim_start().strip_prefix('=') else { continue };
            let value = value.trim().trim_matches('"');
            if value.starts_with("./") || value.starts_with("../") {
                callers.entry(join_dir(dir, value)).or_default().insert(dir.to_owned());
            }
        }
    }
    callers
}

/// What to scan for `changed` paths, given the Terraform files of the head side (for module callers).
pub fn affected_paths(changed: &[String], terraform_files: &[MemoryFile]) -> Affected {
    let callers = module_callers(terraform_files);
    let mut affected = Affected::default();
    let mut queue: Vec<String> = Vec::new();
    for path in changed {
        if is_terraform(path) {
            queue.push(dir_of(path).to_owned());
        } else {
            affected.files.insert(path.clone());
        }
    }
    while let Some(dir) = queue.pop() {
        if !affected.dirs.insert(dir.clone()) {
            continue;
        }
        queue.extend(callers.get(&dir).into_iter().flatten().cloned());
    }
    affected
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> MemoryFile {
        MemoryFile { display: path.to_owned(), data: std::sync::Arc::from(text.as_bytes()) }
    }

    #[test]
    fn module_changes_reach_their_callers() {
        let files = vec![
            file("envs/prod/main.tf", "module \"vpc\" {\n  source = \"../../modules/vpc\"\n}\n"),
            file("envs/dev/main.tf", "module \"vpc\" {\n  source   = \"../../modules/vpc\"\n}\n"),
            file("modules/vpc/main.tf", "module \"subnets\" {\n  source = \"./subnets\"\n}\n"),
            file("other/main.tf", "module \"x\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n}\n"),
        ];
        let changed = vec!["modules/vpc/subnets/main.tf".to_owned(), "k8s/pod.yaml".to_owned()];
        let affected = affected_paths(&changed, &files);
        let dirs: Vec<&str> = affected.dirs.iter().map(String::as_str).collect();
        assert_eq!(dirs, ["envs/dev", "envs/prod", "modules/vpc", "modules/vpc/subnets"]);
        assert!(affected.contains("envs/prod/variables.tf"));
        assert!(affected.contains("k8s/pod.yaml"));
        assert!(!affected.contains("k8s/other.yaml"));
        assert!(!affected.contains("other/main.tf"));
    }
}
