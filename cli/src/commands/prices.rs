//! `tollgate prices update`: the AWS and Azure price catalogs from the providers' public, key-free
//! price APIs, written to the catalog directory (`aws.json`, `azure.json`) for `tollgate cost`. AWS
//! offer files are downloaded to a temporary file and read as a stream (they are large).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use tollgate_engine::cost::catalog::{Product, ProviderCatalog};
use tollgate_engine::cost::{import_aws, import_azure};

use super::{EXIT_ERROR, Exit};
use crate::args::PricesUpdateArgs;

const AWS_REGIONS: [&str; 7] =
    ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-northeast-1"];
const AZURE_REGIONS: [&str; 2] = ["eastus", "westeurope"];
/// Most Azure result pages followed per query.
const MAX_PAGES: usize = 500;

pub fn update(args: &PricesUpdateArgs) -> Exit {
    let Some(dir) = super::scan_setup::catalog_dir(args.catalog_dir.as_ref()) else {
        eprintln!("error: no catalog directory: pass --catalog-dir");
        return EXIT_ERROR;
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return EXIT_ERROR;
        }
    };
    let client = reqwest::Client::builder().user_agent(concat!("tollgate/", env!("CARGO_PKG_VERSION"))).build();
    let Ok(client) = client else {
        eprintln!("error: cannot build the HTTP client");
        return EXIT_ERROR;
    };
    let mut code = 0;
    for provider in &args.providers {
        let result = match provider.as_str() {
            "aws" => runtime.block_on(aws(&client, args)),
            _ => runtime.block_on(azure(&client, args)),
        };
        match result.and_then(|catalog| write(&dir, &catalog)) {
            Ok(summary) => eprintln!("{summary}"),
            Err(message) => {
                eprintln!("error: {provider}: {message}");
                code = EXIT_ERROR;
            }
        }
    }
    code
}

fn write(dir: &Path, catalog: &ProviderCatalog) -> Result<String, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join(format!("{}.json", catalog.provider));
    let text = serde_json::to_string(catalog).map_err(|e| e.to_string())?;
    tollgate_engine::fix::write_atomically(&path, None, &text)?;
    let prices: usize = catalog.products.values().flat_map(|p| p.skus.values()).map(|r| r.len()).sum();
    Ok(format!("wrote {} ({prices} prices in {} products)", path.display(), catalog.products.len()))
}

fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

async fn aws(client: &reqwest::Client, args: &PricesUpdateArgs) -> Result<ProviderCatalog, String> {
    let regions: Vec<String> =
        if args.aws_regions.is_empty() { AWS_REGIONS.map(String::from).to_vec() } else { args.aws_regions.clone() };
    let mut products: BTreeMap<String, Product> = BTreeMap::new();
    let base = args.aws_pricing_url.trim_end_matches('/');
    let regional = regions.iter().flat_map(|region| {
        import_aws::OFFERS
            .iter()
            .map(move |offer| format!("{base}/offers/v1.0/aws/{offer}/current/{region}/index.json"))
    });
    let global =
        import_aws::GLOBAL_OFFERS.iter().map(|offer| format!("{base}/offers/v1.0/aws/{offer}/current/index.json"));
    for url in regional.chain(global) {
        let file = download(client, &url).await?;
        let reader = std::fs::File::open(file.path()).map_err(|e| e.to_string())?;
        import_aws::read_offer(reader, &mut products).map_err(|e| format!("{url}: {e}"))?;
    }
    Ok(ProviderCatalog {
        provider: "aws".into(),
        currency: "USD".into(),
        source: format!(
            "AWS Price List bulk API ({base}), offers {} in {} and {}",
            import_aws::OFFERS.join(", "),
            regions.join(", "),
            import_aws::GLOBAL_OFFERS.join(", ")
        ),
        date: today(),
        products,
    })
}

/// Streams a response body to a temporary file.
async fn download(client: &reqwest::Client, url: &str) -> Result<tempfile::NamedTempFile, String> {
    let mut response = client.get(url).send().await.map_err(|e| format!("{url}: {e}"))?;
    if !response.status().is_success() {
        return Err(format!("{url}: {}", response.status()));
    }
    let mut file = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
    while let Some(chunk) = response.chunk().await.map_err(|e| format!("{url}: {e}"))? {
        file.write_all(&chunk).map_err(|e| e.to_string())?;
    }
    Ok(file)
}

async fn azure(client: &reqwest::Client, args: &PricesUpdateArgs) -> Result<ProviderCatalog, String> {
    let regions: Vec<String> = if args.azure_regions.is_empty() {
        AZURE_REGIONS.map(String::from).to_vec()
    } else {
        args.azure_regions.clone()
    };
    let mut products: BTreeMap<String, Product> = BTreeMap::new();
    let base = args.azure_prices_url.trim_end_matches('/');
    for region in &regions {
        for filter in import_azure::filters(region) {
            let first = reqwest::Url::parse_with_params(&format!("{base}/api/retail/prices"), &[("$filter", &filter)])
                .map_err(|e| e.to_string())?;
            let mut next = Some(first.to_string());
            let mut pages = 0;
            while let Some(url) = next.take() {
                let response = client.get(&url).send().await.map_err(|e| format!("{url}: {e}"))?;
                if !response.status().is_success() {
                    return Err(format!("{url}: {}", response.status()));
                }
                let page: import_azure::Page =
                    response.json().await.map_err(|e| format!("{url}: not a Retail Prices API page: {e}"))?;
                import_azure::read_page(&page, &mut products);
                pages += 1;
                next = page.next_page_link.filter(|_| pages < MAX_PAGES);
            }
        }
    }
    Ok(ProviderCatalog {
        provider: "azure".into(),
        currency: "USD".into(),
        source: format!(
            "Azure Retail Prices API ({base}), virtual machines, public IPs, managed disks, AKS, load balancers and App Service plans in {}",
            regions.join(", ")
        ),
        date: today(),
        products,
    })
}
