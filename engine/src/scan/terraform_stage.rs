//! Stage 3, Terraform: the scan's Terraform evaluated per root module (`terraform.rs`), its errors
//! added to the run's.

/// The Terraform of the scan evaluated (a shard's roots only), or replayed from the cache when
/// nothing it depends on changed.
pub(super) fn stage(run: &mut super::state::Run<'_>, progress: &dyn super::Progress) {
    progress.stage("evaluating Terraform", 0);
    let options = run.options;
    run.terraform = super::terraform::run(
        &run.discovery.files,
        &mut run.files,
        &options.terraform,
        &options.context_files,
        run.cache.as_ref().zip(run.terraform_context.as_deref()),
        run.limits.max_file_size,
        options.shard,
    );
    run.errors.extend(run.terraform.stored.errors.iter().cloned());
}
