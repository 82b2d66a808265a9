//! The GitHub REST client: octocrab for transport (rustls with ring, the token, GitHub Enterprise
//! base URLs), JSON in and out, retries with backoff on 5xx, 429 and secondary rate limits, and
//! errors that name the token permission a 403 or 404 points to.

use std::time::Duration;

use http::StatusCode;
use serde::Serialize;
use serde_json::Value;

/// Retries after the first attempt.
const RETRIES: u32 = 4;
/// First backoff; doubled on each retry unless the server says how long to wait.
const BACKOFF: Duration = Duration::from_secs(1);
/// The longest wait a `retry-after` header can ask for before tollgate gives up instead.
const MAX_WAIT: Duration = Duration::from_secs(60);

/// A failed call: what was asked, the status and GitHub's message, and the permission it needs.
#[derive(Debug)]
pub struct ApiError {
    pub action: String,
    pub status: Option<StatusCode>,
    pub message: String,
    pub permission: &'static str,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.status {
            Some(StatusCode::FORBIDDEN) => write!(
                f,
                "GitHub API: {} failed (403 Forbidden): {}. The token needs the `{}` permission (in a \
                 workflow: `permissions: {}`)",
                self.action, self.message, self.permission, self.permission
            ),
            Some(StatusCode::NOT_FOUND) => write!(
                f,
                "GitHub API: {} failed (404 Not Found): {}. It does not exist, or the token cannot see it \
                 (it needs the `{}` permission on this repository)",
                self.action, self.message, self.permission
            ),
            Some(status) => write!(f, "GitHub API: {} failed ({status}): {}", self.action, self.message),
            None => write!(f, "GitHub API: {} failed: {}", self.action, self.message),
        }
    }
}

/// A client bound to one repository's API root.
pub struct Api {
    client: octocrab::Octocrab,
    base: String,
    /// `owner/name`.
    pub repo: String,
}

impl Api {
    pub fn new(api_url: &str, token: &str, repo: &str) -> Result<Api, String> {
        let base = api_url.trim_end_matches('/').to_owned();
        // Retries are ours (with backoff and the permission message), not octocrab's immediate ones.
        let client = octocrab::Octocrab::builder()
            .add_retry_config(octocrab::service::middleware::retry::RetryConfig::None)
            .set_connect_timeout(Some(Duration::from_secs(10)))
            .set_read_timeout(Some(Duration::from_secs(60)))
            .add_header(http::header::ACCEPT, "application/vnd.github+json".to_owned())
            .add_header(http::HeaderName::from_static("x-github-api-version"), "2022-11-28".to_owned())
            .personal_token(token.to_owned())
            .base_uri(base.as_str())
            .map_err(|e| format!("GitHub API URL `{base}`: {e}"))?
            .build()
            .map_err(|e| format!("GitHub client: {e}"))?;
        Ok(Api { client, base, repo: repo.to_owned() })
    }

    /// `/repos/{owner}/{name}` followed by `path`.
    pub fn repo_path(&self, path: &str) -> String {
        format!("/repos/{}{path}", self.repo)
    }

    pub async fn get(&self, path: &str, permission: &'static str) -> Result<Value, ApiError> {
        self.send(http::Method::GET, path, None::<&()>, permission).await
    }

    /// GET that answers `None` for a 404 (an object that does not exist yet).
    pub async fn get_optional(&self, path: &str, permission: &'static str) -> Result<Option<Value>, ApiError> {
        match self.get(path, permission).await {
            Ok(value) => Ok(Some(value)),
            Err(err) if err.status == Some(StatusCode::NOT_FOUND) => Ok(None),
            Err(err) => Err(err),
        }
    }

    pub async fn post<B: Serialize>(&self, path: &str, body: &B, permission: &'static str) -> Result<Value, ApiError> {
        self.send(http::Method::POST, path, Some(body), permission).await
    }

    pub async fn patch<B: Serialize>(&self, path: &str, body: &B, permission: &'static str) -> Result<Value, ApiError> {
        self.send(http::Method::PATCH, path, Some(body), permission).await
    }

    /// Every page of a list endpoint (`per_page=100`), until a short page.
    pub async fn get_all(&self, path: &str, permission: &'static str) -> Result<Vec<Value>, ApiError> {
        let separator = if path.contains('?') { '&' } else { '?' };
        let mut items = Vec::new();
        for page in 1..=100 {
            let value = self.get(&format!("{path}{separator}per_page=100&page={page}"), permission).await?;
            let Value::Array(list) = value else {
                return Err(self.error(&format!("GET {path}"), None, "expected a JSON list".into(), permission));
            };
            let done = list.len() < 100;
            items.extend(list);
            if done {
                break;
            }
        }
        Ok(items)
    }

    async fn send<B: Serialize>(
        &self,
        method: http::Method,
        path: &str,
        body: Option<&B>,
        permission: &'static str,
    ) -> Result<Value, ApiError> {
        let action = format!("{method} {path}");
        let uri = format!("{}{path}", self.base);
        let mut attempt = 0;
        loop {
            let response = match method {
                http::Method::GET => self.client._get(uri.as_str()).await,
                http::Method::PATCH => self.client._patch(uri.as_str(), body).await,
                _ => self.client._post(uri.as_str(), body).await,
            };
            let (status, wait, text) = match response {
                Ok(response) => {
                    let status = response.status();
                    let wait = retry_after(response.headers());
                    let limited = response.headers().get("x-ratelimit-remaining").is_some_and(|v| v == "0");
                    let text = self.client.body_to_string(response).await.unwrap_or_default();
                    let retry = status.is_server_error()
                        || status == StatusCode::TOO_MANY_REQUESTS
                        || (status == StatusCode::FORBIDDEN
                            && (wait.is_some() || limited || text.contains("secondary rate limit")));
                    if status.is_success() {
                        return parse(&text).map_err(|m| self.error(&action, Some(status), m, permission));
                    }
                    if !retry {
                        return Err(self.error(&action, Some(status), message_of(&text), permission));
                    }
                    (Some(status), wait, text)
                }
                Err(err) => (None, None, err.to_string()),
            };
            let delay = wait.unwrap_or(BACKOFF * 2u32.pow(attempt));
            if attempt == RETRIES || delay > MAX_WAIT {
                return Err(self.error(&action, status, message_of(&text), permission));
            }
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    fn error(&self, action: &str, status: Option<StatusCode>, message: String, permission: &'static str) -> ApiError {
        ApiError { action: action.to_owned(), status, message, permission }
    }
}

/// The `retry-after` header in seconds.
fn retry_after(headers: &http::HeaderMap) -> Option<Duration> {
    let value = headers.get("retry-after")?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

fn parse(text: &str) -> Result<Value, String> {
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(text).map_err(|e| format!("response is not JSON: {e}"))
}

/// GitHub's `message` from an error body, else the body itself (shortened).
fn message_of(text: &str) -> String {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => value["message"].as_str().map(str::to_owned).unwrap_or_else(|| short(text)),
        Err(_) => short(text),
    }
}

fn short(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(200) {
        Some((index, _)) => format!("{}…", &text[..index]),
        None => text.to_owned(),
    }
}

/// A string field of a JSON object, or a located error.
pub fn field<'a>(value: &'a Value, pointer: &str, what: &str) -> Result<&'a str, String> {
    value.pointer(pointer).and_then(Value::as_str).ok_or_else(|| format!("GitHub API: {what} has no `{pointer}`"))
}
