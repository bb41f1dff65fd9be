/** What the order tests share: a Saudi address's street part and a bank transfer's receipt. */

/** The street part of an address: the same in what the node is given and in what Salla receives. */
export const street = {
	address_line: 'King Fahd Road',
	street_number: '8230',
	block: 'Al Olaya',
	building_number: '8228',
	additional_number: '2121',
	postal_code: '12214',
	short_address: 'RHMA3184',
};

/** A paid bank transfer as the panel takes it: the receipt and the bank's reference. */
export const bankTransfer = {
	payment_method: 'bank',
	receipt_image_path: 'https://example.com/receipt.jpg',
	payment_reference_id: '234234',
};
