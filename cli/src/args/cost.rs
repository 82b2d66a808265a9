//! Arguments of `tollgate cost` and `tollgate prices update`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::scan::ScanArgs;

#[derive(Debug, Subcommand)]
pub enum PricesCommand {
    /// Refresh the AWS and Azure catalogs from the providers' public, key-free price APIs (the AWS
    /// Price List bulk API, the Azure Retail Prices API); the only `prices` command that goes online.
    Update(PricesUpdateArgs),
}

#[derive(Debug, Args)]
pub struct PricesUpdateArgs {
    /// Providers to refresh (repeatable): aws, azure.
    #[arg(long = "provider", value_parser = ["aws", "azure"], default_values_t = ["aws".to_owned(), "azure".to_owned()])]
    pub providers: Vec<String>,
    /// AWS regions (repeatable; default: us-east-1, us-east-2, us-west-2, eu-west-1, eu-central-1,
    /// ap-southeast-1, ap-northeast-1).
    #[arg(long = "aws-region", value_name = "REGION")]
    pub aws_regions: Vec<String>,
    /// Azure regions (repeatable; default: eastus, westeurope).
    #[arg(long = "azure-region", value_name = "REGION")]
    pub azure_regions: Vec<String>,
    /// Where the catalogs are written (default: `prices/` in the cache directory).
    #[arg(long, env = "TOLLGATE_CATALOG_DIR", value_name = "DIR")]
    pub catalog_dir: Option<PathBuf>,
    /// The AWS Price List bulk API's root.
    #[arg(long, env = "TOLLGATE_AWS_PRICING_URL", default_value = "https://pricing.us-east-1.amazonaws.com")]
    pub aws_pricing_url: String,
    /// The Azure Retail Prices API's root.
    #[arg(long, env = "TOLLGATE_AZURE_PRICES_URL", default_value = "https://prices.azure.com")]
    pub azure_prices_url: String,
}

#[derive(Debug, Args)]
pub struct CostArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Output format: human (a table), json (`schemas/cost.schema.json`), markdown, html (one page).
    #[arg(long, short = 'f', default_value = "human", value_parser = ["human", "json", "markdown", "html"])]
    pub format: String,
    /// Write the output to this file instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Usage of usage-priced components, in Infracost's `infracost-usage.yml` format.
    #[arg(long, value_name = "FILE")]
    pub usage_file: Option<PathBuf>,
    /// Compare with this revision (read from git, no checkout): added, removed, changed, total delta.
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
    /// Price catalogs written by `tollgate prices update` (default: `prices/` in the cache directory).
    #[arg(long, env = "TOLLGATE_CATALOG_DIR", value_name = "DIR")]
    pub catalog_dir: Option<PathBuf>,
    /// AWS region of resources that do not name one.
    #[arg(long, default_value = "us-east-1")]
    pub aws_region: String,
    /// Google Cloud region of resources that do not name a zone or region.
    #[arg(long, default_value = "us-central1")]
    pub gcp_region: String,
    /// Azure location of resources that do not name one.
    #[arg(long, default_value = "eastus")]
    pub azure_location: String,
}
