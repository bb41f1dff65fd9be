/** The operators of Salla's rule conditions (shipping routes, branch allocation), in the panel's order. */

export const COMPARING = [
	// n8n reads a parameter starting with "=" as an expression: Salla's "==" is sent for this value.
	{ name: 'Equals', value: 'equals' },
	{ name: 'Does Not Equal', value: '!=' },
	{ name: 'Greater Than', value: '>' },
	{ name: 'At Least', value: '>=' },
	{ name: 'Less Than', value: '<' },
	{ name: 'At Most', value: '<=' },
] as const;

export const MEMBERSHIPS = [
	{ name: 'Is One Of', value: 'in' },
	{ name: 'Is None Of', value: 'not_in' },
] as const;

/** The operator as Salla names it (`equals` stands for `==`). */
export const sallaOperator = (operator: string) => (operator === 'equals' ? '==' : operator);
