import { Hono } from 'hono'

const app = new Hono()
app.get('/', (c) => c.text('edgewire'))
export default app
