"""Statistics: the one period type (`period`) and the one definition of each counted thing
(`counts`), used by the dashboard, the printed reports, the statistics export and the tier
self-check."""
