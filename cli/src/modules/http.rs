//! The HTTP client module fetching uses: a time limit per request, a size limit per body, redirects
//! followed only to HTTPS (or plain HTTP on a loopback address, for local registries and tests), and
//! plain HTTP refused anywhere but loopback.

use std::io::Read;
use std::net::IpAddr;
use std::time::Duration;

use reqwest::Url;
use reqwest::blocking::{Client, Response};
use reqwest::redirect::Policy;

/// Largest body read (an archive, a version list).
pub const MAX_BODY: u64 = 64 << 20;

/// Whether a URL may be requested: HTTPS anywhere, HTTP on loopback only.
pub fn allowed(url: &Url) -> Result<(), String> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        "http" => Err(format!("{url}: plain HTTP is accepted for loopback addresses only")),
        other => Err(format!("{url}: the `{other}` scheme is not fetched over HTTP")),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host_str() {
        Some("localhost") => true,
        Some(host) => host.trim_matches(['[', ']']).parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback()),
        None => false,
    }
}

pub struct Http {
    client: Client,
}

impl Http {
    pub fn new(timeout: Duration) -> Result<Http, String> {
        let policy = Policy::custom(|attempt| {
            if attempt.previous().len() >= 10 {
                return attempt.error("more than 10 redirects");
            }
            match allowed(attempt.url()) {
                Ok(()) => attempt.follow(),
                Err(message) => attempt.error(format!("redirected to {message}")),
            }
        });
        let client = Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .redirect(policy)
            .user_agent(concat!("tollgate/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("no HTTP client: {e}"))?;
        Ok(Http { client })
    }

    /// GETs a URL (with a bearer token when given); any status but 2xx is an error naming it.
    pub fn get(&self, url: &Url, token: Option<&str>) -> Result<Response, String> {
        allowed(url)?;
        let mut request = self.client.get(url.clone());
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().map_err(|e| describe(url, &e))?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("{url} answered {status}"));
        }
        Ok(response)
    }

    /// A body as bytes, at most [`MAX_BODY`].
    pub fn bytes(&self, url: &Url, token: Option<&str>) -> Result<Vec<u8>, String> {
        let response = self.get(url, token)?;
        let mut body = Vec::new();
        response.take(MAX_BODY + 1).read_to_end(&mut body).map_err(|e| format!("{url}: {e}"))?;
        if body.len() as u64 > MAX_BODY {
            return Err(format!("{url}: the body is larger than {} MiB", MAX_BODY >> 20));
        }
        Ok(body)
    }

    pub fn json(&self, url: &Url, token: Option<&str>) -> Result<serde_json::Value, String> {
        let body = self.bytes(url, token)?;
        serde_json::from_slice(&body).map_err(|e| format!("{url}: not JSON ({e})"))
    }
}

/// A request error in words: a timeout says so.
fn describe(url: &Url, error: &reqwest::Error) -> String {
    if error.is_timeout() {
        return format!("{url}: no answer within the time limit");
    }
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        message = format!("{message}: {inner}");
        source = inner.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_on_loopback() {
        let ok = |u: &str| allowed(&Url::parse(u).unwrap()).is_ok();
        assert!(ok("https://registry.terraform.io/v1/modules/"));
        assert!(ok("http://127.0.0.1:8080/v1/modules/"));
        assert!(ok("http://[::1]:8080/x"));
        assert!(!ok("http://registry.example.com/v1/modules/"));
        assert!(!ok("file:///etc/passwd"));
    }
}
