import { Component } from '@angular/core';

@Component({
  selector: 'pt-portal-assistant',
  imports: [],
  templateUrl: './portal-assistant.html',
  styleUrl: './portal-assistant.css'
})
export class PortalAssistant {}
