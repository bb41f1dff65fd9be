import { writeFileSync } from 'fs';
import { Salla } from '../../nodes/Salla/Salla.node';

test('dump', () => {
	writeFileSync(process.env.DESC_OUT ?? '/tmp/desc.json', JSON.stringify(new Salla().description));
});
