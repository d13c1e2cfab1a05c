import { Component } from '@angular/core';

@Component({
  selector: 'pt-portal-ui',
  imports: [],
  templateUrl: './portal-ui.html',
  styleUrl: './portal-ui.css'
})
export class PortalUi {}
