//! Stage 4, collect: the resources of every file in file order (from the cache, the normalizer or the
//! Terraform stage), the texts findings point into, what was skipped, and each file's errors. A shard
//! counts and reports only the files it owns.

use super::state::Run;
use crate::normalize::Normalized;
use crate::report::model::SkippedFile;

pub(super) fn stage(run: &mut Run<'_>) {
    let options = run.options;
    run.skipped =
        run.discovery.skipped.iter().map(|s| SkippedFile { file: s.path.clone(), reason: s.reason.clone() }).collect();
    run.spans.reserve(run.files.len());
    for (index, file) in run.files.iter().enumerate() {
        let start = run.resources.len();
        let owned = options.shard.is_none_or(|s| s.owns(&file.display));
        if let Some(entry) = &file.cached {
            for (i, head) in entry.heads.iter().enumerate() {
                let full = run.project_types.as_ref().is_none_or(|t| t.contains(&head.resource_type));
                run.resources.push(entry.resource(i, full, &file.display));
            }
        }
        if let Some(text) = &file.text {
            run.sources.insert(file.display.clone(), text.clone());
        }
        match &file.result {
            Ok(Normalized::Resources { resources: found, .. }) => {
                run.files_scanned += usize::from(owned);
                run.resources.extend(found.iter().cloned());
            }
            Ok(Normalized::Terraform(_)) => {
                run.files_scanned += usize::from(owned);
                run.resources.extend(run.terraform.by_file.remove(&index).unwrap_or_default());
            }
            Ok(Normalized::Skipped { reason }) if owned => {
                run.skipped.push(SkippedFile { file: file.display.clone(), reason: reason.clone() })
            }
            Ok(Normalized::Skipped { .. }) => {}
            Err(err) => {
                run.files_scanned += usize::from(owned);
                if owned {
                    run.errors.push(err.clone());
                }
            }
        }
        run.from_cache.extend(std::iter::repeat_n(file.cached.is_some(), run.resources.len() - start));
        run.spans.push(start..run.resources.len());
    }
    if let Some(found) = &run.project_found {
        crate::evaluate::project_cache::restore(found, &mut run.resources);
    }
}
