//! `--plan plan.json` scanned with the repository: the plan's resources (its values are Terraform's
//! own) are checked instead of the evaluated HCL, and each is located at the HCL block that declares it
//! (file, lines, attribute lines, inline ignores, module calls, identity), so findings point at code.

use std::collections::HashMap;

use crate::model::resource::Resource;
use crate::normalize::Normalized;
use crate::scan::file::FileOutcome;

/// Moves the location of every plan resource to its HCL declaration and drops that HCL resource, so each
/// resource is checked once. `plan_dir` is the root module the plan was made in (the plan file's
/// directory); with one root module scanned, that one is used whatever the directory.
pub fn relocate(plan: &mut FileOutcome, by_file: &mut HashMap<usize, Vec<Resource>>, plan_dir: &str) {
    let Ok(Normalized::Resources { resources }) = &mut plan.result else {
        return;
    };
    let roots: std::collections::BTreeSet<&str> = by_file
        .values()
        .flatten()
        .filter(|r| r.kind == crate::model::resource::Kind::Terraform)
        .filter_map(|r| r.identity.split_once("::").map(|(root, _)| root))
        .collect();
    let root = match roots.contains(plan_dir) || roots.len() != 1 {
        true => plan_dir.to_owned(),
        false => roots.iter().next().map(|r| r.to_string()).unwrap_or_default(),
    };
    let mut index: HashMap<String, (usize, usize)> = HashMap::new();
    for (file, list) in by_file.iter() {
        for (i, r) in list.iter().enumerate() {
            if r.identity.split_once("::").is_some_and(|(r_root, _)| r_root == root) {
                index.insert(r.address.clone(), (*file, i));
            }
        }
    }
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for resource in resources.iter_mut() {
        let Some(&(file, i)) = index.get(&resource.address) else {
            continue;
        };
        let hcl = &by_file[&file][i];
        resource.file = hcl.file.clone();
        resource.location = hcl.location.clone();
        resource.attributes = hcl.attributes.clone();
        resource.inline_ignores = hcl.inline_ignores.clone();
        resource.module_calls = hcl.module_calls.clone();
        resource.identity = hcl.identity.clone();
        if resource.references.is_empty() {
            resource.references = hcl.references.clone();
        }
        taken.push((file, i));
    }
    taken.sort_unstable_by(|a, b| b.cmp(a));
    for (file, i) in taken {
        if let Some(list) = by_file.get_mut(&file) {
            list.remove(i);
        }
    }
}

/// The optional `--plan` stage: a file that is no plan is a config error; a plan's resources move to
/// the HCL files that declare them.
pub(super) fn stage(run: &mut super::state::Run<'_>) {
    let Some(i) = run.plan_index else { return };
    let file = &run.discovery.files[i];
    if let Ok(crate::normalize::Normalized::Skipped { .. }) = &run.files[i].result {
        run.errors.push(crate::report::model::ReportError {
            kind: "config".into(),
            file: file.display.clone(),
            line: 1,
            column: 1,
            message: "--plan: not a Terraform plan (`terraform show -json PLANFILE`)".into(),
            rule_id: None,
        });
    }
    let plan_dir = crate::load::dir_of(&file.display).to_owned();
    relocate(&mut run.files[i], &mut run.terraform.by_file, &plan_dir);
}
