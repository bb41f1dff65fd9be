/**
 * Both nodes' description. n8n's nodes panel shows a node and its trigger as one entry ("Salla"),
 * built from the trigger's description, so the text must describe both.
 */
export const APP_DESCRIPTION = 'Manage a Salla store and start workflows from its events: orders, products, customers and more';
