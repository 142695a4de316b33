import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { trackInputModality } from './app/inputModality'
import './styles/app.css'

trackInputModality()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
