//! The sticky pull-request comment: found again by its hidden marker and edited, never duplicated.

use serde_json::json;

use super::api::{Api, ApiError};
use super::comment_body::MARKER;

const PERMISSION: &str = "pull-requests: write";

/// What posting did.
#[derive(Debug, PartialEq, Eq)]
pub enum Posted {
    Created(u64),
    Updated(u64),
}

/// Creates the comment, or edits the one an earlier run left (the first carrying the marker).
pub async fn post(api: &Api, pr: u64, body: &str) -> Result<Posted, ApiError> {
    let comments = api.get_all(&api.repo_path(&format!("/issues/{pr}/comments")), PERMISSION).await?;
    let existing =
        comments.iter().find(|c| c["body"].as_str().is_some_and(|b| b.contains(MARKER))).and_then(|c| c["id"].as_u64());
    let payload = json!({ "body": body });
    match existing {
        Some(id) => {
            api.patch(&api.repo_path(&format!("/issues/comments/{id}")), &payload, PERMISSION).await?;
            Ok(Posted::Updated(id))
        }
        None => {
            let created = api.post(&api.repo_path(&format!("/issues/{pr}/comments")), &payload, PERMISSION).await?;
            Ok(Posted::Created(created["id"].as_u64().unwrap_or_default()))
        }
    }
}
