// n8n-core's logger prints every node error to stdout; the tests assert those errors themselves.
process.env.N8N_LOG_LEVEL = 'silent';
